package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A folder's uid: derived from its name alone, a valid Grafana uid and Kubernetes name, apart for apart names. */
class FolderResourceTest {
    // A Kubernetes object name (RFC 1123 label) that also fits Grafana's 40-character uid.
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Metaflow|metaflow-",
            "SLOs|slos-",
            "Team Checkout (EU)|team-checkout-eu-",
            "--Ops--|ops-",
            "Überwachung|berwachung-",
            "★|folder-",
            "A folder name far longer than forty characters in all|a-folder-name-far-longer-than-f-"})
    void theUidIsTheNamesSlugAndEightHexDigitsOfItsHash(String name, String prefix) {
        String uid = FolderResource.uid(name);
        assertTrue(uid.startsWith(prefix), uid);
        assertEquals(prefix.length() + 8, uid.length(), uid);
        assertTrue(uid.length() <= 40, uid);
        assertTrue(NAME.matcher(uid).matches(), uid);
        assertEquals(uid, FolderResource.uid(name), "the same name, the same uid");
    }

    @Test
    void namesWithOneSlugGetTwoUids() {
        assertNotEquals(FolderResource.uid("SLOs"), FolderResource.uid("slos"));
        assertNotEquals(FolderResource.uid("Ops Team"), FolderResource.uid("ops-team"));
    }

    @Test
    void theResourceCarriesTheUidAndTheNameAsItsTitle() {
        assertEquals("""
                {
                  "apiVersion": "folder.grafana.app/v1beta1",
                  "kind": "Folder",
                  "metadata": {
                    "name": "%s"
                  },
                  "spec": {
                    "title": "Team Checkout (EU)"
                  }
                }
                """.formatted(FolderResource.uid("Team Checkout (EU)")),
                DashboardJsonFormat.write(FolderResource.of("Team Checkout (EU)")));
    }
}
