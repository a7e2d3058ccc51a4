// The filters sidebar with studies of long titles: it fits its box at any window width, and the keyboard works it.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LONG_TITLES, STUDY_A, STUDY_B, STUDY_C, seedFixture } from "../viewer/fixtures.js";
import { ARTIFACTS } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const suite = browserSuite({ longTitles: seedFixture({ longTitles: true }) });
const open = (query = "", size = { width: 1400, height: 850 }) => suite.open("longTitles", query, size);

/** How the sidebar's content sits in its box: overflow, and every checkbox and count that is not wholly inside it. */
function sidebarFit(page: Page) {
  return page.getByTestId("filters").evaluate((aside) => {
    const box = aside.getBoundingClientRect();
    const right = box.left + aside.clientWidth; // the scroll bar, if any, is not part of the visible box
    const outside = [...aside.querySelectorAll("input, .count")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < box.left || r.right > right + 0.5;
      })
      .map((el) => (el as HTMLElement).dataset.testid ?? el.textContent);
    return { scrollWidth: aside.scrollWidth, clientWidth: aside.clientWidth, outside };
  });
}

describe("the filters sidebar", () => {
  for (const [name, size, query] of [
    ["wide", { width: 1400, height: 850 }, ""],
    // A narrow window with the side panel open: the graph between them is all but gone.
    ["narrow", { width: 760, height: 700 }, "?node=city:berlin"],
  ] as const)
    it(`fits studies with long titles without scrolling sideways (${name} window)`, async () => {
      const page = await open(query, size);
      await page.getByTestId(`filter-study-${STUDY_C}`).waitFor();
      const fit = await sidebarFit(page);
      await page.screenshot({ path: resolve(ARTIFACTS, `11-side-sidebar-${name}.png`) });
      expect(fit.outside, "checkboxes and counts outside the visible box").toEqual([]);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      // The whole title is still there to read: on the row as text, and as its tooltip.
      for (const study of [STUDY_A, STUDY_B, STUDY_C]) {
        const row = page.locator("label", { has: page.getByTestId(`filter-study-${study}`) });
        expect(await row.getAttribute("title")).toBe(LONG_TITLES[study]);
        expect(await row.locator(".filter-name").textContent()).toContain(LONG_TITLES[study]);
      }
    });

  it("keeps the keyboard on the checkbox it toggled, so Tab goes on to the next one", async () => {
    const page = await open();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);
    const hidden = () =>
      page.evaluate(() => {
        const { filters } = window.__viewer.app!.store.state;
        return [...filters.hiddenNodeKinds, ...filters.hiddenEdgeKinds, ...filters.hiddenStudies];
      });
    const checkboxes = await page
      .getByTestId("filters")
      .locator('input[type="checkbox"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid!));

    // From the language switch, the last control of the header, Tab enters the sidebar at its first checkbox.
    await page.getByTestId("lang").focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(checkboxes[0]);
    await page.keyboard.press("Space");
    await page.screenshot({ path: resolve(ARTIFACTS, "11-side-keyboard-space.png") });
    expect(await hidden()).toEqual([checkboxes[0].replace("filter-kind-", "")]);
    expect(await focused()).toBe(checkboxes[0]);
    expect(await page.getByTestId(checkboxes[0]).isChecked()).toBe(false);

    await page.keyboard.press("Tab");
    expect(await focused()).toBe(checkboxes[1]);
    await page.keyboard.press("Space");
    expect(await focused()).toBe(checkboxes[1]);
    expect(await hidden()).toHaveLength(2);

    // A study's checkbox, and back on with Space: the filter goes away and the focus stays.
    const study = `filter-study-${STUDY_B}`;
    await page.getByTestId(study).focus();
    await page.keyboard.press("Space");
    expect(await hidden()).toContain(STUDY_B);
    expect(await focused()).toBe(study);
    await page.keyboard.press("Space");
    expect(await hidden()).not.toContain(STUDY_B);
    expect(await focused()).toBe(study);
    await page.keyboard.press("Shift+Tab");
    expect(await focused()).toBe(checkboxes[checkboxes.indexOf(study) - 1]);

    // "Show everything" hides itself once pressed: the keyboard goes on from the first filter, not from the page.
    await page.getByTestId("reset-filters").focus();
    await page.keyboard.press("Enter");
    expect(await hidden()).toEqual([]);
    expect(await page.getByTestId("reset-filters").isVisible()).toBe(false);
    expect(await focused()).toBe(checkboxes[0]);

    // The period sliders move with the arrow keys and keep the focus too.
    await page.getByTestId("period-to").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.evaluate(() => window.__viewer.app!.store.state.filters.period?.to)).toBe(2022);
    expect(await focused()).toBe("period-to");
    expect(await page.getByTestId("period-output").textContent()).toBe("2017–2022");
    await page.screenshot({ path: resolve(ARTIFACTS, "11-side-keyboard-slider.png") });
  });
});
