/**
 * Integration tests that prove the generated configuration works, not just parses: rules load and evaluate on
 * scraped data, alerts fire and reach the receivers their severity routes to, resolve, and survive reloads, restarts
 * and outages. Run by maven-failsafe ({@code mvn -pl it-tests verify}); they need the Debian packages
 * {@code prometheus} and {@code prometheus-alertmanager}, are skipped without them, and fail without them on CI.
 */
package dev.obsgen.it.live;
