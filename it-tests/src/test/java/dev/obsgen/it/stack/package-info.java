/**
 * The live stack the integration tests run against: Prometheus and Alertmanager from the Debian packages as child
 * processes ({@link dev.obsgen.it.stack.PrometheusProcess}, {@link dev.obsgen.it.stack.AlertmanagerProcess}), a
 * {@link dev.obsgen.it.stack.SyntheticExporter} generated from the model in place of the applications, capture
 * servers in place of PagerDuty, Slack and the mail relay, and the
 * {@link dev.obsgen.it.stack.LocalStackProfile} that renders a production model into a configuration this stack
 * runs in seconds. {@link dev.obsgen.it.stack.LiveStackExtension} wires them up for a JUnit class;
 * {@link dev.obsgen.it.stack.ContainerStack} does the same with the official images where Docker runs.
 *
 * <p>Everything listens on 127.0.0.1 only, on ports chosen free at start, and lives under one temporary directory
 * deleted at the end. Tests wait for conditions with {@link dev.obsgen.it.stack.Await}, never for a fixed time.
 */
package dev.obsgen.it.stack;
