package dev.obsgen.model.scrape;

import dev.obsgen.model.Values;
import java.util.List;
import java.util.Locale;

/** Kubernetes service discovery ({@code kubernetes_sd_configs}) of one role, optionally limited to namespaces. */
public record KubernetesDiscovery(Role role, List<String> namespaces) implements Discovery {
    public KubernetesDiscovery {
        namespaces = Values.list(namespaces);
    }

    public static KubernetesDiscovery pods(String... namespaces) {
        return new KubernetesDiscovery(Role.POD, Values.of(namespaces));
    }

    public enum Role {
        NODE, SERVICE, POD, ENDPOINTS, ENDPOINTSLICE, INGRESS;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
