package dev.obsgen.it.stack;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy of a model record with some components replaced by name, through its canonical constructor (so the record's
 * own validation runs). The test profile overrides only what it documents, and keeps working when a model record
 * gains a component the profile has no reason to know about.
 */
final class RecordCopy {
    private RecordCopy() {
    }

    static <R extends Record> R with(R original, Map<String, ?> replacements) {
        Class<?> type = original.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, Object> remaining = new HashMap<>(replacements);
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                values[i] = remaining.containsKey(name) ? remaining.remove(name) : components[i].getAccessor().invoke(original);
            }
            if (!remaining.isEmpty()) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no component " + remaining.keySet()
                        + "; its components are " + Arrays.stream(components).map(RecordComponent::getName).toList());
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R copy = (R) canonical.newInstance(values);
            return copy;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot copy " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName() + ": " + e, e);
        }
    }

    static <R extends Record> R with(R original, String component, Object value) {
        Map<String, Object> replacement = new HashMap<>();
        replacement.put(component, value);
        return with(original, replacement);
    }
}
