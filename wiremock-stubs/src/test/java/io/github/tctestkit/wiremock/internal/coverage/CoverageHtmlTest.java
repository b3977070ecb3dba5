package io.github.tctestkit.wiremock.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page: self-contained, escaped, gaps marked. */
class CoverageHtmlTest {

    static final String NASTY = "Weird.test [<script>alert(\"x\")</script> 'q' & ü 名 \u0007]";

    static String page() {
        CoverageReport report = CoverageFixtures.demo()
                .describing(io.github.tctestkit.core.ServiceDescription.streamLive())
                .cell("BreakThing", "success", 3, NASTY, "Plain.test [ok]")
                .cell("BreakThing", "error:ResourceUnavailable.DemoBroken", 1, "Plain.test [ok]")
                .cell("BreakThing", "error:Made.Up", 1, "Plain.test [ok]")
                .cell("DescribeThings", "refused:AuthFailure.SignatureFailure", 2, "Plain.test [ok]")
                .cell("Other<Action>", "no-answer", 1, "Plain.test [ok]")
                .report();
        return CoverageHtml.render(report, report.summary("target/tctestkit/coverage.html"));
    }

    @Test
    void isOneSelfContainedPageWithoutScriptOrExternalResources() {
        String html = page();

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\">")
                .endsWith("</html>\n");
        assertThat(html.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("src=")
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain("url(");
    }

    @Test
    void escapesTestNamesActionsAndTheSummaryEverywhere() {
        String html = page();

        String escaped = "Weird.test [&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;q&#39; &amp; ü 名 \uFFFD]";
        assertThat(html).contains("<li>" + escaped + "</li>"); // the list below the grid
        assertThat(html).contains("&#10;" + escaped); // the hover text of the cell
        assertThat(html).contains(">Other&lt;Action&gt;<small>not an action of this service</small>");
        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("Other<Action>")
                .doesNotContain("\u0007");
    }

    @Test
    void cellsShowCountsAndLinkToTheirTests() {
        String html = page();

        Matcher hit = Pattern.compile("<td class=\"hit first\" title=\"BreakThing → success: 3 requests, by:&#10;"
                        + "Plain.test \\[ok\\]&#10;Weird[^\"]*\"><a href=\"#(c[0-9-]+)\">3</a></td>")
                .matcher(html);
        assertThat(hit.find()).as("the success cell of BreakThing").isTrue();
        assertThat(html)
                .contains("<div class=\"cell\" id=\"" + hit.group(1) + "\"><b>BreakThing</b> → <code>success"
                        + "</code>: 3 requests<ul><li>Plain.test [ok]</li><li>Weird.test");
    }

    @Test
    void marksGapsAndProductErrorsThatDoNotApply() {
        String html = page();

        String makeThing = row(html, "MakeThing");
        // success and the 26 common errors: gaps; the one product error is not documented for MakeThing
        assertThat(count(makeThing, "class=\"gap")).isEqualTo(27);
        assertThat(count(makeThing, "class=\"na")).isEqualTo(1);
        assertThat(makeThing).contains("never called").contains("title=\"MakeThing → success: never answered\"");

        String breakThing = row(html, "BreakThing");
        assertThat(count(breakThing, "class=\"gap")).isEqualTo(26); // success and its product error answered
        assertThat(count(breakThing, "class=\"na")).isZero();
        assertThat(count(breakThing, "class=\"hit")).isEqualTo(3); // success, its product error, the made-up code

        // columns only for what was seen outside the universe
        assertThat(html).contains(">Other errors</th>").contains("<div>Made.Up</div>");
        assertThat(html).contains(">Gateway refusals</th>").contains("<div>AuthFailure.SignatureFailure</div>");
        assertThat(html).contains(">Other</th>").contains("<div>no-answer</div>");
    }

    @Test
    void showsTheSummaryLineAndEveryService() {
        String html = page();

        assertThat(html).contains("<p class=\"summary\" id=\"summary\">tctestkit coverage: 2 of 3 demo actions");
        assertThat(html).contains("<table class=\"grid\" data-service=\"demo\">");
        assertThat(html).contains("<table class=\"grid\" data-service=\"mdl\">");
        assertThat(html).contains("<p class=\"muted\">No request reached this service.</p>"); // mdl
    }

    @Test
    void showsAtMostFiftyRowsOfActionsTheServiceDoesNotHave() {
        CoverageFixtures f = CoverageFixtures.demo();
        for (int i = 0; i < 60; i++) {
            f.cell("Made" + (100 + i), "success", 1, "T");
        }
        String html = CoverageHtml.render(f.report(), "s");

        assertThat(html).contains(">Made149<").doesNotContain(">Made150<");
        assertThat(html).contains(">… and 10 more actions the service does not have: see coverage.json</th>");
    }

    private static String row(String html, String action) {
        int start = html.indexOf("<tr><th scope=\"row\"", html.indexOf("data-service=\"demo\""));
        while (start >= 0) {
            int end = html.indexOf("</tr>", start);
            String row = html.substring(start, end);
            if (row.matches("(?s)<tr><th scope=\"row\"[^>]*>" + action + "[<].*")) {
                return row;
            }
            start = html.indexOf("<tr><th scope=\"row\"", end);
        }
        throw new AssertionError("no row " + action);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
