package dev.obsgen.core.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * FreeMarker for the prose outputs (runbooks, docs). A template in the project's templates directory overrides
 * the built-in one of the same name. Locale and time zone are fixed so output does not depend on the machine.
 */
public final class TemplateEngine {
    public static final String BUILT_IN_PATH = "/dev/obsgen/templates";

    private final Configuration configuration;

    public TemplateEngine(Optional<Path> overrides) {
        configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides.isPresent()) {
            try {
                loaders.add(new FileTemplateLoader(overrides.get().toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates directory " + overrides.get() + ": " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN_PATH));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    }

    public String render(String templateName, Map<String, Object> data) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + templateName + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }
}
