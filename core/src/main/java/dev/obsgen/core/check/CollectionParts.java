package dev.obsgen.core.check;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Agent;
import dev.obsgen.model.collection.Store;
import java.util.List;

/**
 * The agents and stores of one kind the model's collection topology declares; none where the model declares no
 * collection, so the checks of agents and stores read a model without one as one without agents.
 */
public final class CollectionParts {
    private CollectionParts() {
    }

    public static <T extends Agent> List<T> agents(Observability model, Class<T> type) {
        return model.collection() == null ? List.of() : model.collection().agents(type);
    }

    public static <T extends Store> List<T> stores(Observability model, Class<T> type) {
        return model.collection() == null ? List.of() : model.collection().stores(type);
    }
}
