package dev.vigil.export;

import dev.vigil.sample.Identity;
import dev.vigil.sample.ProcessExtra;
import dev.vigil.sample.ProcessSample;
import dev.vigil.sample.Snapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns successive snapshots into groups, as process-exporter's grouper does. Owned by the
 * sampler thread. A process joins its group when first seen and stays there for life (an exec
 * that renames it does not move its counters). The first {@code maxGroups} group names get
 * their own series; later names are folded into {@value #OTHER}, and {@link GroupTable#folded}
 * says how many names were. A group whose processes have all ended keeps its counters (so
 * Prometheus sees no false counter reset) for {@link #RETAIN_MILLIS}, then its slot is freed.
 */
final class Grouper {
    static final String OTHER = "other";
    static final long RETAIN_MILLIS = 10 * 60_000;

    /** One live process: its pinned group, the name it would have had, its last counters. */
    private static final class Track {
        final String group;
        final String wanted;
        double[] last;

        Track(String group, String wanted) {
            this.group = group;
            this.wanted = wanted;
        }
    }

    /** One admitted group: the counters of its ended processes, when it last had one. */
    private static final class Group {
        final double[] gone = new double[Counters.SIZE];
        long lastSeenMillis;
    }

    private final GroupBy by;
    private final int maxGroups;
    private final Map<Identity, Track> tracks = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<Identity, String> endedNow = new HashMap<>(); // ended at the last update (exit alerts)

    Grouper(GroupBy by, int maxGroups) {
        this.by = by;
        this.maxGroups = Math.max(1, maxGroups);
    }

    /** The groups for this snapshot (processes only; thread rows are ignored). */
    GroupTable update(Snapshot s) {
        long now = s.timestampMillis();
        Map<String, Builder> live = new HashMap<>();
        Set<Identity> present = new HashSet<>();
        for (ProcessSample p : s.processes()) {
            if (p.isThread()) continue;
            Identity id = p.identity();
            present.add(id);
            Track t = tracks.get(id);
            if (t == null) {
                String wanted = by.of(p);
                tracks.put(id, t = new Track(admit(wanted), wanted));
            }
            double[] c = Counters.of(p);
            t.last = t.last == null ? c : Counters.max(t.last, c);
            live.computeIfAbsent(t.group, Builder::new).add(p, t.last);
            groups.get(t.group).lastSeenMillis = now;
        }
        endedNow.clear();
        for (Iterator<Map.Entry<Identity, Track>> it = tracks.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Identity, Track> e = it.next();
            if (present.contains(e.getKey())) continue;
            Group g = groups.get(e.getValue().group);
            if (g != null && e.getValue().last != null) Counters.add(g.gone, e.getValue().last);
            endedNow.put(e.getKey(), e.getValue().group);
            it.remove();
        }
        groups.entrySet().removeIf(e -> !live.containsKey(e.getKey()) && now - e.getValue().lastSeenMillis > RETAIN_MILLIS);
        Set<String> folded = new HashSet<>();
        for (Track t : tracks.values()) if (t.group.equals(OTHER) && !t.wanted.equals(OTHER)) folded.add(t.wanted);
        List<GroupStats> out = new ArrayList<>(groups.size());
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Builder b = live.get(e.getKey());
            out.add((b != null ? b : new Builder(e.getKey())).build(e.getValue().gone));
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return new GroupTable(List.copyOf(out), folded.size());
    }

    /** The group of a process present at the last update, or ended at it; null otherwise. */
    String groupOf(Identity id) {
        if (id == null) return null;
        Track t = tracks.get(id);
        return t != null ? t.group : endedNow.get(id);
    }

    private String admit(String wanted) {
        if (groups.containsKey(wanted)) return wanted;
        long own = groups.size() - (groups.containsKey(OTHER) ? 1 : 0);
        String g = own < maxGroups || wanted.equals(OTHER) ? wanted : OTHER;
        groups.computeIfAbsent(g, k -> new Group());
        return g;
    }

    /** Sums of one group's live processes. */
    private static final class Builder {
        final String name;
        int procs;
        long threads, rss, vsz, swap, fds;
        double worst;
        long oldestMillis = Long.MAX_VALUE;
        final int[] states = new int[GroupStats.STATE_NAMES.length];
        final double[] counters = new double[Counters.SIZE];

        Builder(String name) {
            this.name = name;
        }

        void add(ProcessSample p, double[] c) {
            procs++;
            threads += p.threads();
            rss += p.rssBytes();
            vsz += p.vszBytes();
            states[GroupStats.stateIndex(p.state())]++;
            if (p.startTimeMillis() > 0) oldestMillis = Math.min(oldestMillis, p.startTimeMillis());
            Counters.add(counters, c);
            ProcessExtra x = p.extra();
            if (x == null) return;
            swap += Math.max(0, x.swapBytes());
            if (x.openFds() >= 0) fds += x.openFds();
            if (x.openFds() >= 0 && x.maxFds() > 0) worst = Math.max(worst, (double) x.openFds() / x.maxFds());
        }

        GroupStats build(double[] gone) {
            double[] total = Arrays.copyOf(counters, Counters.SIZE);
            Counters.add(total, gone);
            return new GroupStats(name, procs, threads, rss, vsz, swap, fds, worst,
                    procs == 0 || oldestMillis == Long.MAX_VALUE ? 0 : oldestMillis / 1000.0, states.clone(), total);
        }
    }
}
