package org.narrativelens.config;

/** How to read a numeric date such as 07/04/2022: month first (US sites) or day first. */
public enum DateOrder {
    MDY, DMY
}
