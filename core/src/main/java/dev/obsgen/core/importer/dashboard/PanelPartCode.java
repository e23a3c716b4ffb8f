package dev.obsgen.core.importer.dashboard;

import java.util.List;
import java.util.Set;

/**
 * The code for one part of a panel ({@code fieldConfig}, {@code options}, a retired kind's own fields), appended to
 * the panel's chain. The parts share the chain, the name notes give the panel and the set of JSON paths turned into
 * code, and write the model values they have in common (unit, legend, tooltip, reduction) the same way, whichever
 * JSON shape they come from.
 */
abstract class PanelPartCode {
    protected final ImportContext context;
    protected final CodeChain chain;
    private final String element;
    /** JSON paths of the panel turned into code, so that {@link Leftovers} leaves them out. */
    protected final Set<String> taken;

    PanelPartCode(ImportContext context, CodeChain chain, String element, Set<String> taken) {
        this.context = context;
        this.chain = chain;
        this.element = element;
        this.taken = taken;
    }

    protected final void note(String message) {
        context.note(element, message);
    }

    /** Calls {@code unit} when Grafana's unit id has a {@code GrafanaUnit}; whether it has. */
    protected final boolean unit(String id) {
        String unit = PanelCode.unit(context, id);
        if (unit != null) {
            chain.call("unit", unit);
        }
        return unit != null;
    }

    /** {@code legend(new Legend(...))}; mode and placement are the names of the model's constants. */
    protected final void legend(boolean show, String displayMode, String placement, List<String> calcs) {
        String model = context.model("Legend");
        chain.call("legend", "new " + model + "(" + show + ", " + model + ".DisplayMode." + displayMode + ", " + model
                + ".Placement." + placement + ", " + list(calcs) + ")");
    }

    /** {@code tooltip(new Tooltip(...))}; mode and sort are the names of the model's constants. */
    protected final void tooltip(String mode, String sort) {
        String model = context.model("Tooltip");
        chain.call("tooltip", "new " + model + "(" + model + ".Mode." + mode + ", " + model + ".Sort." + sort + ")");
    }

    /** {@code reduceOptions(new ReduceOptions(...))}; {@code limit} null for none. */
    protected final void reduceOptions(List<String> calcs, boolean values, Integer limit, String fields) {
        chain.call("reduceOptions", "new " + context.model("ReduceOptions") + "(" + list(calcs) + ", " + values + ", "
                + limit + ", " + JavaText.string(fields) + ")");
    }

    private String list(List<String> texts) {
        return context.use("java.util.List") + ".of(" + String.join(", ", texts.stream().map(JavaText::string).toList())
                + ")";
    }
}
