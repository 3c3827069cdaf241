/**
 * The desktop window's line to the app: the preload bridge, which carries
 * the same messages as a WebSocket. It is always open.
 */
import type { JourneyRoomBridge } from './bridge';
import type { Transport } from './transport';

export class IpcTransport implements Transport {
  readonly platform = 'desktop' as const;
  readonly state = 'open' as const;

  constructor(private readonly bridge: JourneyRoomBridge) {}

  send(text: string): boolean {
    this.bridge.send(text);
    return true;
  }

  onMessage(listener: (text: string) => void): void {
    this.bridge.onMessage(listener);
  }

  onState(): void {
    // The bridge never drops.
  }
}
