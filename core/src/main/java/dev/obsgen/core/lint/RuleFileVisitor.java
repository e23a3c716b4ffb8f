package dev.obsgen.core.lint;

import java.util.List;

/**
 * What {@link RuleFileReader} hands out while it reads a file as a stream, one group at a time. A document may hold
 * more than one list of groups ({@code groups:} and a PrometheusRule's {@code spec.groups}, or a key given twice);
 * which of them is the document's rules is known only at its end, so each list is numbered and the document's end
 * names the one that counts. The groups and problems of the other lists are void.
 */
public interface RuleFileVisitor {
    /** A list number for what belongs to the file or document itself, not to one list of groups. */
    int FILE = -1;

    /** One group and its rules as written, in file order; {@code list} numbers the list of groups it is in. */
    void group(int list, GroupSource group, List<RuleSource> rules);

    /** A problem of the file ({@link #FILE}) or of one list of groups, which counts only if that list does. */
    void problem(int list, LintProblem problem);

    /**
     * The end of a document that was read to its end, starting at {@code line}; {@code list} is the list of groups
     * that is its rules, or {@link #FILE} for none. A document cut short by a YAML error has no end: what it read
     * does not count, as the file is not valid YAML.
     */
    void documentEnd(int list, int line);
}
