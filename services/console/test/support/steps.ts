import type { Page } from 'playwright-core';
import { choose } from './browser';

export type StepFill = Record<string, string | { choose: string }>;

/**
 * Takes a step on the work-order page: opens its form, fills it, submits. A step the next owner of the order has
 * not been handed yet answers 404/409 for a moment (as `gatewayClient.step` allows for); the test submits again
 * then, as an operator would, and fails on any other refusal.
 */
export async function takeStep(page: Page, step: string, fill: StepFill = {}): Promise<void> {
  await page.getByTestId(`step-${step}`).click();
  for (const [field, value] of Object.entries(fill)) {
    if (typeof value === 'string') await page.getByTestId(`field-${field}`).fill(value);
    else await choose(page, `field-${field}`, value.choose);
  }
  for (let attempt = 0; ; attempt++) {
    await page.getByTestId('step-submit').click();
    const modal = page.locator('.ant-modal:visible');
    const outcome = await Promise.race([
      modal.waitFor({ state: 'detached', timeout: 20_000 }).then(() => 'done' as const),
      page
        .getByTestId('step-error')
        .waitFor({ timeout: 20_000 })
        .then(() => 'refused' as const),
    ]).catch(() => 'done' as const);
    if (outcome === 'done' && (await modal.count()) === 0) return;
    const nothingHappened = outcome === 'done' && !(await page.getByTestId('step-error').isVisible());
    if (nothingHappened && attempt < 3) continue;
    const refusal = [
      await page
        .getByTestId('step-error')
        .innerText({ timeout: 1_000 })
        .catch(() => ''),
      ...(await modal.locator('.ant-form-item-explain-error').allInnerTexts()),
    ].join(' ');
    if (attempt > 20 || !/^(404|409)/.test(refusal)) {
      await page.screenshot({ path: `/tmp/console-step-${step}.png` }).catch(() => undefined);
      throw new Error(`step ${step} refused: ${refusal}`);
    }
    await page.waitForTimeout(500);
  }
}

export async function statusIs(page: Page, text: string): Promise<void> {
  await page.getByTestId('order-status').filter({ hasText: text }).waitFor({ timeout: 20_000 });
}
