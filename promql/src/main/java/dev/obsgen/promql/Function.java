package dev.obsgen.promql;

import java.util.List;
import java.util.Objects;

/**
 * A function of the PromQL catalog with its signature, as upstream's {@code parser.Functions}.
 *
 * @param name         the name as written in a call
 * @param argTypes     the types of the arguments; with {@code variadic != 0} the last one is
 *                     optional and, for {@code variadic == -1}, repeatable
 * @param variadic     0: exactly {@code argTypes.size()} arguments; n &gt; 0: up to n optional
 *                     trailing arguments; -1: any number of trailing arguments
 * @param returnType   the type of the call
 * @param experimental needs {@code --enable-feature=promql-experimental-functions}
 */
public record Function(
        String name, List<ValueType> argTypes, int variadic, ValueType returnType, boolean experimental) {

    public Function {
        Objects.requireNonNull(name);
        argTypes = List.copyOf(argTypes);
        Objects.requireNonNull(returnType);
        if (variadic < -1) {
            throw new IllegalArgumentException("variadic must be -1, 0 or positive");
        }
    }

    public int minArgs() {
        return variadic == 0 ? argTypes.size() : argTypes.size() - 1;
    }

    /** The largest number of arguments, or -1 for no limit. */
    public int maxArgs() {
        if (variadic < 0) {
            return -1;
        }
        return variadic == 0 ? argTypes.size() : argTypes.size() - 1 + variadic;
    }

    /** The expected type of the argument at the index, repeating the last type for variadic calls. */
    public ValueType argType(int index) {
        return argTypes.get(Math.min(index, argTypes.size() - 1));
    }

    /** Whether the function takes a range vector argument, like {@code rate} or {@code avg_over_time}. */
    public boolean takesRangeVector() {
        return argTypes.contains(ValueType.RANGE_VECTOR);
    }
}
