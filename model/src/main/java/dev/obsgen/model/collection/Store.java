package dev.obsgen.model.collection;

/** Where telemetry is kept and queried. */
public sealed interface Store extends Node permits SearchStore, JaegerStore, PrometheusStore, CloudWatchLogsStore {
}
