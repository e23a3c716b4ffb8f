package dev.obsgen.core.lint;

import dev.obsgen.core.check.TaskPool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Lints one rule file as {@link RuleFileReader} streams it: each group goes to the checks as soon as it is read, and
 * what a document keeps of it for {@code model/unique-names}, which pairs rules across groups, is the rules' names and
 * labels. What belongs to a list of groups that turns out not to be the document's rules is dropped at its end.
 */
final class RuleFileLint implements RuleFileVisitor {
    private final Path path;
    private final GroupLint checks;
    private final GroupQueue queue;
    private final Map<Integer, GroupList> lists = new HashMap<>();
    private final List<LintProblem> problems = new ArrayList<>();
    private final List<Future<GroupLint.Outcome>> outcomes = new ArrayList<>();
    private final List<LintProblem> names = new ArrayList<>();
    private int rules;

    /** One list of groups as read so far: its problems, its groups' checks, the facts unique-names needs. */
    private static final class GroupList {
        private final List<LintProblem> problems = new ArrayList<>();
        private final List<Future<GroupLint.Outcome>> outcomes = new ArrayList<>();
        private final List<RuleSource> named = new ArrayList<>();
        private final Map<String, GroupSource> groups = new LinkedHashMap<>();
        private int rules;

        void cancel() {
            outcomes.forEach(outcome -> outcome.cancel(false));
        }
    }

    RuleFileLint(Path path, GroupLint checks, GroupQueue queue) {
        this.path = path;
        this.checks = checks;
        this.queue = queue;
    }

    @Override
    public void group(int list, GroupSource group, List<RuleSource> groupRules) {
        GroupList read = lists.computeIfAbsent(list, l -> new GroupList());
        read.rules += groupRules.size();
        GroupSource first = null;
        if (group.name() != null) {
            first = read.groups.putIfAbsent(group.name(), group);
            groupRules.forEach(rule -> read.named.add(GroupLint.named(rule)));
        }
        GroupSource earlier = first;
        read.outcomes.add(queue.submit(() -> checks.check(group, earlier, groupRules)));
    }

    @Override
    public void problem(int list, LintProblem problem) {
        if (list == FILE) {
            problems.add(problem);
        } else {
            lists.computeIfAbsent(list, l -> new GroupList()).problems.add(problem);
        }
    }

    @Override
    public void documentEnd(int list, int line) {
        GroupList chosen = lists.remove(list);
        end();
        if (chosen != null) {
            problems.addAll(chosen.problems);
            outcomes.addAll(chosen.outcomes);
            rules += chosen.rules;
            checks.checkNames(chosen.named, chosen.groups, names);
        }
    }

    /** Drops what lists of groups no document's end chose (those of a document a YAML error cut short). */
    void end() {
        lists.values().forEach(GroupList::cancel);
        lists.clear();
    }

    /** Drops everything: the file is skipped, or did not fit in the heap. */
    void cancel() {
        end();
        outcomes.forEach(outcome -> outcome.cancel(false));
        outcomes.clear();
    }

    Path path() {
        return path;
    }

    /** The problems the reader found in the file's shape. */
    List<LintProblem> problems() {
        return problems;
    }

    /** What the checks found in each group, in file order, waiting for those still running. */
    List<GroupLint.Outcome> outcomes() {
        List<GroupLint.Outcome> done = new ArrayList<>(outcomes.size());
        outcomes.forEach(outcome -> done.add(TaskPool.result(outcome, "checking rule groups")));
        return done;
    }

    /** What model/unique-names found across the groups of each document. */
    List<LintProblem> names() {
        return names;
    }

    int rules() {
        return rules;
    }
}
