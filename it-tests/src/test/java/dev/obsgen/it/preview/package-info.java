/**
 * The dashboard previews in a real browser: one headless {@link dev.obsgen.it.preview.Chromium} from the Debian
 * package for the whole test run ({@link dev.obsgen.it.preview.ChromiumExtension}), driven over the DevTools
 * protocol on a {@link java.net.http.WebSocket}, opens each SVG preview, reports the page's errors and its panel
 * boxes ({@link dev.obsgen.it.preview.PageReport}) and saves a screenshot under {@code target/previews}, attached to
 * the test report. {@link dev.obsgen.it.preview.LivePreviewIT} draws the previews with the live stack's data first.
 * Without Chromium the tests are skipped, and fail on CI ({@code CI=true}).
 */
package dev.obsgen.it.preview;
