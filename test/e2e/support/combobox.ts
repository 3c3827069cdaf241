/**
 * The searchable combobox (renderer/ui/Combobox.tsx) driven as a person
 * drives it: from the keyboard, typing a few words and moving down to the
 * option before pressing Enter; with the mouse, clicking the field, typing
 * to narrow the list when it is long, and clicking the option.
 */
import type { Locator, Page } from 'playwright-core';

/** The name of the option the field has highlighted, or null. */
export async function highlighted(page: Page, field: Locator): Promise<string | null> {
  const id = await field.getAttribute('aria-activedescendant');
  if (!id) return null;
  return page.locator(`[id="${id}"]`).innerText();
}

/** The open list's options, as many as are drawn (the rows in view). */
export function shownOptions(page: Page): Locator {
  return page.getByRole('listbox').getByRole('option');
}

/** Into the field (as Tab takes a person there), type `words`, Down until `option` is highlighted, Enter. */
export async function chooseByKeyboard(page: Page, field: Locator, words: string, option: string): Promise<void> {
  await field.focus();
  await page.keyboard.type(words);
  for (let step = 0; step < 60; step++) {
    if ((await highlighted(page, field)) === option) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Typing “${words}” and moving down never highlighted “${option}”.`);
}

/** Click the field, type `words` to narrow the list (none for a short list), click `option`. */
export async function chooseByMouse(page: Page, field: Locator, words: string, option: string): Promise<void> {
  await field.click();
  if (words !== '') await page.keyboard.type(words);
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}
