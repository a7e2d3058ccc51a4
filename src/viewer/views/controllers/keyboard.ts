// Keys the whole page answers to: Escape closes the panel.
import type { Actions } from "../actions.js";

export function bindKeyboard(actions: Actions): () => void {
  // Unless it is closing the search suggestions.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) actions.select({ type: "none" });
  };
  window.addEventListener("keydown", onKeyDown);
  return () => window.removeEventListener("keydown", onKeyDown);
}
