package dev.obsgen.model.collection;

/** A process that collects telemetry from sources and delivers it to stores. */
public sealed interface Agent extends Node permits FluentBitAgent, OtelCollector, CloudWatchAgent {
}
