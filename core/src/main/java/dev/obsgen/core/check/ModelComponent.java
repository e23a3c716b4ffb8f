package dev.obsgen.core.check;

import dev.obsgen.model.EnvironmentVariable;
import dev.obsgen.model.Nullable;
import dev.obsgen.model.Observability;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A record component the walk reads, with what the model says about it. Found once per record class and kept:
 * reflection on every one of 10,000 alerts would cost more than the checks.
 */
record ModelComponent(String name, MethodHandle accessor, boolean nullable, boolean environmentVariable,
                      boolean unnamed) {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final ClassValue<List<ModelComponent>> OF_CLASS = new ClassValue<>() {
        @Override
        protected List<ModelComponent> computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** The components of a record class that can hold a null or text: primitives hold neither and are left out. */
    static List<ModelComponent> of(Class<?> recordClass) {
        return OF_CLASS.get(recordClass);
    }

    Object read(Record record) {
        try {
            return (Object) accessor.invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + name + " of " + record.getClass().getName(), e);
        }
    }

    private static List<ModelComponent> read(Class<?> type) {
        List<ModelComponent> components = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // A component that holds a model (a team's platform) refers to another model: it is walked when that
            // model is checked, not as a part of this one.
            if (component.getType().isPrimitive() || component.getType() == Observability.class
                    || !component.getAccessor().trySetAccessible()) {
                continue;
            }
            try {
                MethodHandle accessor = MethodHandles.lookup().unreflect(component.getAccessor()).asType(GETTER);
                components.add(new ModelComponent(component.getName(), accessor,
                        component.isAnnotationPresent(Nullable.class),
                        component.isAnnotationPresent(EnvironmentVariable.class),
                        ElementNames.unnamed(type, component.getName())));
            } catch (IllegalAccessException e) {
                // A record the walk may not read (one a user put into a free-form option) is a leaf value.
            }
        }
        return List.copyOf(components);
    }
}
