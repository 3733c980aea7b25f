package org.narrativelens.config;

/** Whether actor pairs and the network count people and organisations as themselves or as their state. */
public enum ActorRollup {
    NONE, STATE
}
