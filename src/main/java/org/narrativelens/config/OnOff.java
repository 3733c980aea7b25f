package org.narrativelens.config;

/** The value of a switch option such as {@code --phrases on|off}. */
public enum OnOff {
    ON, OFF
}
