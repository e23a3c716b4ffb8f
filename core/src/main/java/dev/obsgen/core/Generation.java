package dev.obsgen.core;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.TaskPool;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.alertmanager.AlertmanagerConfigRenderer;
import dev.obsgen.core.render.alertmanager.AlertmanagerConfigResourceRenderer;
import dev.obsgen.core.render.catalog.CatalogFileRenderer;
import dev.obsgen.core.render.cloudwatch.CloudWatchAgentRenderer;
import dev.obsgen.core.render.docs.CatalogRenderer;
import dev.obsgen.core.render.docs.CheckDocsRenderer;
import dev.obsgen.core.render.elasticsearch.IndexTemplateRenderer;
import dev.obsgen.core.render.fluentbit.FluentBitRenderer;
import dev.obsgen.core.render.grafana.DashboardFilesRenderer;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.DashboardProvisioningRenderer;
import dev.obsgen.core.render.grafana.DatasourceProvisioningRenderer;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.otel.CollectorConfigRenderer;
import dev.obsgen.core.render.preview.DashboardPreviewRenderer;
import dev.obsgen.core.render.prometheus.PrometheusConfigRenderer;
import dev.obsgen.core.render.prometheus.PrometheusRuleResourceRenderer;
import dev.obsgen.core.render.prometheus.RuleFileRenderer;
import dev.obsgen.core.render.prometheus.RuleTestRenderer;
import dev.obsgen.core.render.runbook.RunbookRenderer;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.team.ComposedTree;
import dev.obsgen.core.team.Composition;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point every front end drives (the Maven goals, the command line, tests): check the model, and
 * only if it has no error, render every output in memory.
 */
public final class Generation {
    private final CheckRegistry checks;
    private final List<Renderer> renderers;
    private final List<Renderer> teamRenderers;
    private final int threads;

    public Generation(CheckRegistry checks, List<Renderer> renderers) {
        this(checks, renderers, List.of());
    }

    /** With the renderers of a platform's model, and those of a team's (a subset: a team owns fewer files). */
    public Generation(CheckRegistry checks, List<Renderer> renderers, List<Renderer> teamRenderers) {
        this(checks, renderers, teamRenderers, TaskPool.defaultThreads());
    }

    private Generation(CheckRegistry checks, List<Renderer> renderers, List<Renderer> teamRenderers, int threads) {
        this.checks = checks;
        this.renderers = List.copyOf(renderers);
        this.teamRenderers = List.copyOf(teamRenderers);
        this.threads = threads;
    }

    /** Every check and renderer, dashboards written for {@link GrafanaVersion#DEFAULT}. */
    public static Generation standard() {
        return standard(GrafanaVersion.DEFAULT);
    }

    /** Every check and renderer, dashboards written for the given Grafana release in the format it defaults to. */
    public static Generation standard(GrafanaVersion grafanaVersion) {
        return standard(grafanaVersion, DashboardFormat.defaultFor(grafanaVersion));
    }

    /**
     * Every check and renderer, dashboards written for the given Grafana release in the given format.
     *
     * @throws IllegalArgumentException when the release cannot read the format (resources before Grafana 12)
     */
    public static Generation standard(GrafanaVersion grafanaVersion, DashboardFormat dashboardFormat) {
        dashboardFormat.requireReadableBy(grafanaVersion);
        CheckRegistry checks = CheckRegistry.standard(grafanaVersion, dashboardFormat);
        // A team writes what it owns: its rules and their tests, its routing and dashboards as files and as resources
        // in its namespace, its runbooks, its catalog page and the catalog file of what it reads. Scrape config,
        // collection and the check reference are the platform's.
        List<Renderer> team = List.of(
                new RuleFileRenderer(),
                new RuleTestRenderer(),
                new PrometheusRuleResourceRenderer(),
                new AlertmanagerConfigResourceRenderer(),
                new RunbookRenderer(),
                new CatalogRenderer(),
                new CatalogFileRenderer(),
                new DashboardFilesRenderer(grafanaVersion, dashboardFormat),
                new DashboardProvisioningRenderer(dashboardFormat),
                new DashboardPreviewRenderer());
        return new Generation(checks, List.of(
                new RuleFileRenderer(),
                new RuleTestRenderer(),
                new PrometheusConfigRenderer(),
                new PrometheusRuleResourceRenderer(),
                new AlertmanagerConfigRenderer(),
                new RunbookRenderer(),
                new CatalogRenderer(),
                new CatalogFileRenderer(),
                new CheckDocsRenderer(checks),
                new DashboardFilesRenderer(grafanaVersion, dashboardFormat),
                new DashboardProvisioningRenderer(dashboardFormat),
                new DashboardPreviewRenderer(),
                new DatasourceProvisioningRenderer(),
                new FluentBitRenderer(),
                new CollectorConfigRenderer(),
                new IndexTemplateRenderer(),
                new CloudWatchAgentRenderer()), team);
    }

    /** The same checks and renderers, checking and rendering on the given number of threads (1: on the caller's). */
    public Generation threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + count);
        }
        return new Generation(checks.withThreads(count), renderers, teamRenderers, count);
    }

    /**
     * Checks a platform's model, or a team's (checked on its platform, rendering only the team's files), and
     * returns its files to be rendered as they are taken; throws {@link ModelRejectedException} when a check
     * reports an error, before anything is rendered.
     */
    public Rendering render(Observability model, RenderSettings settings) {
        if (model.isTeam()) {
            Composition composition = Composition.ofTeam(model);
            List<Finding> findings = accepted(checks.run(composition, false));
            Observability view = SloRules.expand(composition.views().get(0));
            return new Rendering(output(List.of(new RenderedOutput.Part(teamRenderers, view, path -> path)), settings,
                    Composition.owner(model)), findings);
        }
        List<Finding> findings = accepted(checks.run(model));
        return new Rendering(output(List.of(new RenderedOutput.Part(renderers, SloRules.expand(model), path -> path)),
                settings, Composition.owner(model)), findings);
    }

    /**
     * Checks the platform and every team together and renders one tree: the platform's files at the root (its
     * {@code prometheus.yml}, {@code alertmanager.yml}, dashboard provider and catalog holding every team's part),
     * each team's under {@code teams/<team>/}. Throws {@link ModelRejectedException} on any error, such as two
     * owners using one name, and {@link dev.obsgen.core.team.CompositionException} when the models do not fit.
     */
    public Rendering compose(List<Observability> models, RenderSettings settings) {
        Composition composition = Composition.of(models);
        List<Finding> findings = accepted(checks.run(composition, true));
        RenderSettings composed = settings.composing(composition);
        List<RenderedOutput.Part> parts = new ArrayList<>();
        parts.add(new RenderedOutput.Part(renderers, SloRules.expand(composition.platform()), path -> path));
        for (Observability view : composition.views()) {
            Observability expanded = SloRules.expand(view);
            parts.add(new RenderedOutput.Part(teamRenderers, expanded, path -> ComposedTree.place(expanded, path)));
        }
        // A composed tree is the platform's, with its teams: the platform's own run may write it again, and back.
        return new Rendering(output(parts, composed, Composition.owner(composition.platform())), findings);
    }

    private RenderedOutput output(List<RenderedOutput.Part> parts, RenderSettings settings, String owner) {
        return new RenderedOutput(parts, settings, "# " + settings.header(), owner, threads);
    }

    private static List<Finding> accepted(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new ModelRejectedException(findings);
        }
        return findings;
    }

    /**
     * Loads a model class by name through the given class loader and calls its {@code define()}.
     *
     * @throws ModelLoadException when the class is missing, is not an {@link ObservabilityDefinition}, or fails;
     *         the message is one line that names where in the user's code it failed
     */
    public static Observability load(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            String advice = e instanceof ExceptionInInitializerError ? ""
                    : ". Check the class name and that the module that declares it is compiled.";
            throw new ModelLoadException("model class " + className + " cannot be loaded: " + failure(e) + advice, e);
        }
        if (!ObservabilityDefinition.class.isAssignableFrom(type)) {
            throw new ModelLoadException("model class " + className + " does not implement "
                    + ObservabilityDefinition.class.getName(), null);
        }
        try {
            ObservabilityDefinition definition = (ObservabilityDefinition) type.getDeclaredConstructor().newInstance();
            Observability model = definition.define();
            if (model == null) {
                throw new ModelLoadException("model class " + className + " returned no model from define()", null);
            }
            return model;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ModelLoadException("model class " + className + " cannot be instantiated (it needs a public "
                    + "no-argument constructor): " + failure(cause), cause);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            if (e instanceof ModelLoadException known) {
                throw known;
            }
            throw new ModelLoadException("model class " + className + " failed while building the model: "
                    + failure(e), e);
        }
    }

    // One line: the exception, what caused it (a static initializer's error is only a wrapper), and the position.
    private static String failure(Throwable e) {
        Throwable cause = e.getCause();
        String causedBy = cause == null || e instanceof RuntimeException ? "" : " (" + UserCode.oneLine(cause) + ")";
        return UserCode.oneLine(e) + causedBy + UserCode.position(e, Generation.class);
    }
}
