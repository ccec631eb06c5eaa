/**
 * Reads the article aloud one block at a time with the browser's speech synthesis, as Firefox's Narrate
 * does: one utterance per paragraph, so "skip" moves by paragraph and the spoken one can be highlighted.
 * The engine is passed in (the page's `speechSynthesis`, or a stub in tests).
 */

/** The part of `SpeechSynthesis` the narrator uses. */
export interface SpeechEngine {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export type NarratorState = 'stopped' | 'playing' | 'paused';

export interface NarratorOptions {
  blocks: readonly HTMLElement[];
  engine: SpeechEngine;
  makeUtterance(text: string): SpeechSynthesisUtterance;
  /** Called after every change of state or paragraph; `error` is set when the engine failed. */
  onChange(state: NarratorState, index: number, error?: string): void;
}

export interface Narrator {
  readonly state: NarratorState;
  readonly index: number;
  play(): void;
  pause(): void;
  /** Moves by `delta` paragraphs and keeps playing (or starts). */
  skip(delta: number): void;
  stop(): void;
  setRate(rate: number): void;
  setVoice(voice: SpeechSynthesisVoice | null): void;
}

/** Block elements that are read as one utterance each; code and tables are not read aloud. */
export const SPOKEN_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd';

/** The innermost spoken blocks with text, in document order (a `<li>` with `<p>`s gives its `<p>`s). */
export function spokenBlocks(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(SPOKEN_BLOCKS)).filter(
    (el) =>
      (el.textContent ?? '').trim() !== '' &&
      el.querySelector(SPOKEN_BLOCKS) === null &&
      el.closest('pre, table') === null,
  );
}

export function createNarrator(options: NarratorOptions): Narrator {
  const { blocks, engine } = options;
  let state: NarratorState = 'stopped';
  let index = 0;
  let rate = 1;
  let voice: SpeechSynthesisVoice | null = null;
  // Chrome fires `end` for an utterance that `cancel()` interrupted: only the newest utterance may advance.
  let generation = 0;

  const emit = (error?: string): void => options.onChange(state, index, error);

  const speakCurrent = (): void => {
    const block = blocks[index];
    if (!block) {
      state = 'stopped';
      index = 0;
      emit();
      return;
    }
    const mine = ++generation;
    const wasPaused = state === 'paused';
    engine.cancel();
    // A paused engine keeps new utterances paused too.
    if (wasPaused) engine.resume();
    const utterance = options.makeUtterance((block.textContent ?? '').replace(/\s+/g, ' ').trim());
    utterance.rate = rate;
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    }
    utterance.onend = () => {
      if (mine !== generation || state !== 'playing') return;
      index += 1;
      speakCurrent();
    };
    utterance.onerror = (event) => {
      if (mine !== generation) return;
      // `interrupted` and `canceled` are our own cancel(); anything else is the engine giving up.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      generation += 1;
      state = 'stopped';
      emit(
        event.error === 'synthesis-unavailable' || event.error === 'voice-unavailable'
          ? 'No speech voice is available on this system.'
          : `Speech stopped: ${event.error}.`,
      );
    };
    state = 'playing';
    emit();
    engine.speak(utterance);
  };

  return {
    get state() {
      return state;
    },
    get index() {
      return index;
    },
    play() {
      if (blocks.length === 0) return;
      if (state === 'paused') {
        state = 'playing';
        engine.resume();
        emit();
        return;
      }
      if (state === 'stopped') speakCurrent();
    },
    pause() {
      if (state !== 'playing') return;
      state = 'paused';
      engine.pause();
      emit();
    },
    skip(delta) {
      if (blocks.length === 0) return;
      index = Math.min(blocks.length - 1, Math.max(0, index + delta));
      speakCurrent();
    },
    stop() {
      generation += 1;
      const was = state;
      state = 'stopped';
      engine.cancel();
      if (was !== 'stopped') emit();
    },
    setRate(next) {
      rate = next;
      // A new rate applies from the next utterance; restart the current one so the change is heard now.
      if (state === 'playing') speakCurrent();
    },
    setVoice(next) {
      voice = next;
      if (state === 'playing') speakCurrent();
    },
  };
}
