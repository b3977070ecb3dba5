package io.github.tctestkit.wiremock.internal.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract coverage report as one self-contained HTML page: inline CSS, no script, no external resource. Per
 * service a grid of actions (rows) by outcomes (columns), the count in each cell, the tests behind it on hover and in a
 * list below the grid (each cell links to its entry). Not API.
 */
final class CoverageHtml {

    private CoverageHtml() {}

    /** A column: its outcome, its label and whether an empty cell is a gap. */
    private record Column(String outcome, String label, Kind kind) {}

    private enum Kind {
        /** Every action should see it: an empty cell is a gap. */
        REQUIRED,
        /** Only the actions whose documentation lists the code: elsewhere not applicable. */
        PRODUCT,
        /** Possible but not expected of every action: an empty cell is just empty. */
        OPTIONAL
    }

    private record Group(String title, List<Column> columns) {}

    /** Rows for actions the service does not have, at most: a suite that sends made-up actions keeps a small page. */
    static final int MAX_OTHER_ROWS = 50;

    private static final String CSS = """
            :root{--hit:#cdebd3;--hit-ink:#0b5d1e;--gap:#fbe3e1;--gap-ink:#a4281b;--na:#f1f1f1;--line:#d6d6d6;
            --head:#f7f7f9;--ink:#1d1d1f;--muted:#5f6368}
            *{box-sizing:border-box}
            body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);
            margin:0;padding:16px 20px 40px}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}h3{font-size:15px;margin:20px 0 6px}
            .meta,.muted{color:var(--muted)}.summary{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px;
            background:var(--head);border:1px solid var(--line);padding:6px 8px;border-radius:4px;overflow-wrap:anywhere}
            .legend{display:flex;gap:14px;flex-wrap:wrap;margin:8px 0;font-size:12.5px}
            .legend span{display:inline-flex;align-items:center;gap:5px}
            .sw{display:inline-block;width:14px;height:14px;border:1px solid var(--line)}
            .scroll{overflow:auto;max-height:80vh;border:1px solid var(--line)}
            table.grid{border-collapse:separate;border-spacing:0;font-size:12px}
            .grid th,.grid td{border-right:1px solid var(--line);border-bottom:1px solid var(--line);padding:0}
            .grid thead th{position:sticky;background:var(--head);z-index:2}
            .grid thead tr.groups th{top:0;height:24px;padding:2px 6px;text-align:left;white-space:nowrap}
            .grid thead tr.codes th{top:24px;vertical-align:bottom}
            .grid thead tr.codes th div{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
            padding:6px 2px;max-height:300px;overflow:hidden;text-overflow:ellipsis;font-weight:500}
            .grid th.corner{left:0;z-index:4;text-align:left;vertical-align:bottom;padding:4px 8px;min-width:260px}
            .grid tbody th{position:sticky;left:0;background:#fff;z-index:1;text-align:left;font-weight:500;
            padding:2px 8px;white-space:nowrap}
            .grid tbody th small{color:var(--muted);font-weight:400;margin-left:6px}
            .grid tr.band th{background:var(--head);font-weight:600;color:var(--muted);padding:4px 8px}
            .grid td{width:26px;min-width:26px;height:22px;text-align:center}
            .grid td a{display:block;color:inherit;text-decoration:none;line-height:22px}
            td.hit{background:var(--hit);color:var(--hit-ink);font-weight:600}
            td.gap{background:var(--gap)}
            td.na{background:var(--na) repeating-linear-gradient(45deg,transparent 0 4px,#e2e2e2 4px 5px)}
            th.unexercised{color:var(--gap-ink)}th.unknown{font-style:italic}
            td.first,th.first{border-left:2px solid #9aa0a6}
            .cells{columns:2 520px;column-gap:28px}
            .cell{break-inside:avoid;margin:0 0 10px;padding:4px 8px;border-left:3px solid var(--hit)}
            .cell:target{background:#fff6cc;border-left-color:#e0a800}
            .cell ul{margin:2px 0 0;padding-left:18px}.cell li{overflow-wrap:anywhere}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
            """;

    /**
     * Renders the page.
     *
     * @param report the merged report
     * @param summary the summary line
     * @return the HTML text
     */
    static String render(CoverageReport report, String summary) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>tctestkit contract coverage</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>tctestkit contract coverage</h1>\n<p class=\"meta\">Run <code>")
                .append(esc(report.run()))
                .append("</code>, written ")
                .append(esc(report.generated()))
                .append(", from ")
                .append(report.jvms().size())
                .append(report.jvms().size() == 1 ? " JVM" : " JVMs")
                .append(".</p>\n<p class=\"summary\" id=\"summary\">")
                .append(esc(summary))
                .append("</p>\n<div class=\"legend\">")
                .append("<span><i class=\"sw\" style=\"background:var(--hit)\"></i>answered (count; hover or click for"
                        + " the tests)</span>")
                .append("<span><i class=\"sw\" style=\"background:var(--gap)\"></i>gap: never answered</span>")
                .append("<span><i class=\"sw\" style=\"background:var(--na)\"></i>not documented for this"
                        + " action</span>")
                .append("<span><i class=\"sw\"></i>possible, not expected of every action (faults, refusals,"
                        + " other)</span></div>\n");
        int serviceIndex = 0;
        for (Map.Entry<String, CoverageReport.Service> e : report.services().entrySet()) {
            service(h, serviceIndex++, e.getKey(), e.getValue());
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void service(StringBuilder h, int si, String name, CoverageReport.Service s) {
        CoverageReport.Universe u = s.universe();
        CoverageReport.Figures f = CoverageReport.figures(s);
        List<Group> groups = columns(s);
        int width = 1;
        for (Group g : groups) {
            width += g.columns().size();
        }
        h.append("<section class=\"service\" id=\"service-")
                .append(si)
                .append("\">\n<h2>")
                .append(esc(name))
                .append(" <span class=\"muted\">")
                .append(esc(s.version()))
                .append("</span></h2>\n<p class=\"muted\">")
                .append(f.exercised())
                .append(" of ")
                .append(f.actions())
                .append(" actions exercised · ")
                .append(f.outcomes())
                .append(" outcomes · ")
                .append(f.codesAnswered())
                .append(" of ")
                .append(f.codes())
                .append(" error codes answered</p>\n");
        h.append("<div class=\"scroll\">\n<table class=\"grid\" data-service=\"")
                .append(esc(name))
                .append("\">\n<thead>\n<tr class=\"groups\"><th class=\"corner\" rowspan=\"2\">Action</th>");
        for (Group g : groups) {
            h.append("<th class=\"first\" colspan=\"")
                    .append(g.columns().size())
                    .append("\">")
                    .append(esc(g.title()))
                    .append("</th>");
        }
        h.append("</tr>\n<tr class=\"codes\">");
        for (Group g : groups) {
            boolean first = true;
            for (Column c : g.columns()) {
                h.append(first ? "<th class=\"first\" scope=\"col\" title=\"" : "<th scope=\"col\" title=\"")
                        .append(esc(c.outcome()))
                        .append("\"><div>")
                        .append(esc(c.label()))
                        .append("</div></th>");
                first = false;
            }
        }
        h.append("</tr>\n</thead>\n<tbody>\n");
        List<String> details = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        int row = 0;
        for (Map.Entry<String, List<String>> g : u.groups().entrySet()) {
            h.append("<tr class=\"band\"><th colspan=\"")
                    .append(width)
                    .append("\">")
                    .append(esc(g.getKey()))
                    .append("</th></tr>\n");
            for (String action : g.getValue()) {
                if (placed.add(action)) {
                    row(h, si, row++, action, s, groups, details);
                }
            }
        }
        boolean band = false;
        int others = 0;
        for (String action : s.actions().keySet()) {
            if (!placed.contains(action) && ++others > MAX_OTHER_ROWS) {
                continue;
            }
            if (!placed.contains(action)) {
                if (!band && !u.groups().isEmpty()) {
                    h.append("<tr class=\"band\"><th colspan=\"").append(width).append("\">Other</th></tr>\n");
                    band = true;
                }
                placed.add(action);
                row(h, si, row++, action, s, groups, details);
            }
        }
        if (others > MAX_OTHER_ROWS) {
            h.append("<tr class=\"band\"><th colspan=\"")
                    .append(width)
                    .append("\">… and ")
                    .append(others - MAX_OTHER_ROWS)
                    .append(" more actions the service does not have: see coverage.json</th></tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n<h3>Tests behind each cell</h3>\n");
        if (details.isEmpty()) {
            h.append("<p class=\"muted\">No request reached this service.</p>\n");
        } else {
            h.append("<div class=\"cells\">\n");
            for (String d : details) {
                h.append(d);
            }
            h.append("</div>\n");
        }
        h.append("</section>\n");
    }

    private static void row(
            StringBuilder h,
            int si,
            int ri,
            String action,
            CoverageReport.Service s,
            List<Group> groups,
            List<String> details) {
        CoverageReport.Action a = s.actions().get(action);
        Map<String, CoverageReport.Outcome> outcomes = a == null ? Map.of() : a.outcomes();
        boolean known = a == null || a.known();
        List<String> own = s.universe().actionErrors().getOrDefault(action, List.of());
        String label = action.isEmpty() ? "(no action named)" : action;
        String cls = !known ? "unknown" : outcomes.isEmpty() ? "unexercised" : "";
        h.append("<tr><th scope=\"row\"")
                .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
                .append(">")
                .append(esc(label));
        if (!known) {
            h.append("<small>not an action of this service</small>");
        } else if (outcomes.isEmpty()) {
            h.append("<small>never called</small>");
        }
        h.append("</th>");
        int ci = 0;
        for (Group g : groups) {
            boolean first = true;
            for (Column c : g.columns()) {
                CoverageReport.Outcome o = outcomes.get(c.outcome());
                String edge = first ? " first" : "";
                first = false;
                if (o != null) {
                    String id = "c" + si + "-" + ri + "-" + ci;
                    h.append("<td class=\"hit")
                            .append(edge)
                            .append("\" title=\"")
                            .append(esc(tooltip(label, c.outcome(), o)))
                            .append("\"><a href=\"#")
                            .append(id)
                            .append("\">")
                            .append(o.count())
                            .append("</a></td>");
                    details.add(detail(id, label, c.outcome(), o));
                } else {
                    boolean applicable = known
                            && (c.kind() == Kind.REQUIRED
                                    || (c.kind() == Kind.PRODUCT
                                            && own.contains(c.outcome().substring(6))));
                    boolean notApplicable = c.kind() == Kind.PRODUCT && !applicable;
                    h.append("<td class=\"")
                            .append(applicable ? "gap" : notApplicable ? "na" : "")
                            .append(edge)
                            .append('"');
                    if (applicable) { // only gaps say so on hover: the page stays small
                        h.append(" title=\"")
                                .append(esc(label + " → " + c.outcome() + ": never answered"))
                                .append('"');
                    }
                    h.append("></td>");
                }
                ci++;
            }
        }
        h.append("</tr>\n");
    }

    private static String tooltip(String action, String outcome, CoverageReport.Outcome o) {
        StringBuilder t = new StringBuilder(action)
                .append(" → ")
                .append(outcome)
                .append(": ")
                .append(o.count())
                .append(o.count() == 1 ? " request" : " requests")
                .append(", by:");
        int shown = 0;
        for (String test : o.tests()) {
            if (shown++ == 15) {
                t.append("\n… and ").append(o.tests().size() - 15).append(" more (click)");
                break;
            }
            t.append("\n").append(test);
        }
        if (o.testsCapped() && shown <= 15) {
            t.append("\n… and more");
        }
        return t.toString();
    }

    private static String detail(String id, String action, String outcome, CoverageReport.Outcome o) {
        StringBuilder d = new StringBuilder("<div class=\"cell\" id=\"")
                .append(id)
                .append("\"><b>")
                .append(esc(action))
                .append("</b> → <code>")
                .append(esc(outcome))
                .append("</code>: ")
                .append(o.count())
                .append(o.count() == 1 ? " request" : " requests")
                .append("<ul>");
        for (String test : o.tests()) {
            d.append("<li>").append(esc(test)).append("</li>");
        }
        if (o.testsCapped()) {
            d.append("<li class=\"muted\">… more tests (only the first ")
                    .append(Coverage.MAX_TESTS_PER_CELL)
                    .append(" are kept)</li>");
        }
        return d.append("</ul></div>\n").toString();
    }

    /** The columns: success, common errors, product errors, other errors, faults, refusals, anything else seen. */
    private static List<Group> columns(CoverageReport.Service s) {
        CoverageReport.Universe u = s.universe();
        Set<String> seen = new LinkedHashSet<>();
        s.actions().values().forEach(a -> seen.addAll(a.outcomes().keySet()));
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("", List.of(new Column("success", "success", Kind.REQUIRED))));
        groups.add(new Group(
                "Common errors (" + u.commonErrors().size() + ")",
                u.commonErrors().stream()
                        .map(c -> new Column("error:" + c, c, Kind.REQUIRED))
                        .toList()));
        List<String> product = u.productErrors().stream()
                .filter(c -> !u.commonErrors().contains(c))
                .toList();
        if (!product.isEmpty()) {
            groups.add(new Group(
                    "Product errors (" + product.size() + ")",
                    product.stream()
                            .map(c -> new Column("error:" + c, c, Kind.PRODUCT))
                            .toList()));
        }
        List<String> all = u.allErrors();
        List<Column> otherErrors = seen.stream()
                .filter(o -> o.startsWith("error:") && !all.contains(o.substring(6)))
                .sorted()
                .map(o -> new Column(o, o.substring(6), Kind.OPTIONAL))
                .toList();
        if (!otherErrors.isEmpty()) {
            groups.add(new Group("Other errors", otherErrors));
        }
        List<Column> faults = new ArrayList<>();
        u.faults().forEach(f -> faults.add(new Column("fault:" + f, f, Kind.OPTIONAL)));
        seen.stream()
                .filter(o -> o.startsWith("fault:") && !u.faults().contains(o.substring(6)))
                .sorted()
                .forEach(o -> faults.add(new Column(o, o.substring(6), Kind.OPTIONAL)));
        groups.add(new Group("Faults", faults));
        List<Column> refusals = seen.stream()
                .filter(o -> o.startsWith("refused:"))
                .sorted()
                .map(o -> new Column(o, o.substring(8), Kind.OPTIONAL))
                .toList();
        if (!refusals.isEmpty()) {
            groups.add(new Group("Gateway refusals", refusals));
        }
        List<Column> other = seen.stream()
                .filter(o -> !o.equals("success")
                        && !o.startsWith("error:")
                        && !o.startsWith("fault:")
                        && !o.startsWith("refused:"))
                .sorted()
                .map(o -> new Column(o, o, Kind.OPTIONAL))
                .toList();
        if (!other.isEmpty()) {
            groups.add(new Group("Other", other));
        }
        return groups;
    }

    /**
     * Escapes text for HTML content and quoted attributes.
     *
     * @param s text, or null
     * @return the escaped text
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#10;");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        b.append('\uFFFD'); // control characters are not allowed in HTML text
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
