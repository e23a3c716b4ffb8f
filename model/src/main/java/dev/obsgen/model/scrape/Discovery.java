package dev.obsgen.model.scrape;

/** How Prometheus finds the targets of a scrape job. */
public sealed interface Discovery permits KubernetesDiscovery, Ec2Discovery, StaticDiscovery {
}
