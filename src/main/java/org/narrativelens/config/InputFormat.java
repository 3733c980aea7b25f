package org.narrativelens.config;

/** How the input is read. {@code AUTO} chooses by file extension. */
public enum InputFormat {
    AUTO, TEXT
}
