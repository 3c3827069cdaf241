/**
 * The gentle sound when the room's time is up, made in the page with Web
 * Audio: two soft sine tones, a fifth apart, each fading in and out. No file
 * is fetched. Browsers let a page play sound only after a person has touched
 * it, so the audio is woken on the first press or key; where there is no
 * audio at all, nothing plays and nothing breaks.
 */
let context: AudioContext | null = null;

function wake(): void {
  try {
    if (context === null && typeof AudioContext !== 'undefined') context = new AudioContext();
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = null;
  }
}

let listening = false;

/** Wakes the audio on the page's first press or key, as browsers require. Safe to call often. */
export function readyChimeOnFirstGesture(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const once = () => {
    wake();
    window.removeEventListener('pointerdown', once, true);
    window.removeEventListener('keydown', once, true);
  };
  window.addEventListener('pointerdown', once, true);
  window.addEventListener('keydown', once, true);
}

function tone(audio: AudioContext, frequency: number, startsAt: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  // Soft in and a long fade out: a bell heard across the room, not an alarm.
  gain.gain.setValueAtTime(0.0001, startsAt);
  gain.gain.exponentialRampToValueAtTime(0.18, startsAt + 0.04);
  gain.gain.exponentialRampToValueAtTime(0.0001, startsAt + 1.4);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(startsAt);
  oscillator.stop(startsAt + 1.5);
}

/** Plays the end sound once; silently does nothing where the page has no audio (yet). */
export function playChime(): void {
  try {
    wake();
    if (context === null || context.state !== 'running') return;
    const at = context.currentTime + 0.02;
    tone(context, 660, at);
    tone(context, 990, at + 0.45);
  } catch {
    // No sound is better than a broken page.
  }
}
