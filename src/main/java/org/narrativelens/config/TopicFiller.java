package org.narrativelens.config;

/**
 * Whether reporting verbs and news filler ("said", "told", "according" ...) enter the topic model
 * ({@code --topic-filler}). They occur in nearly every article, so by default they are left out of
 * topics; term tables keep them either way.
 */
public enum TopicFiller {
    EXCLUDE, INCLUDE
}
