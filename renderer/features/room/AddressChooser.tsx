/**
 * Opening the room: which of this computer's network addresses the devices
 * will use, and the button that opens it. With no address at all, it says
 * plainly that the computer is not on a network and what to do about it.
 */
import { useId, useState } from 'react';
import type { RoomInterface } from '../../../shared/room';
import { Button } from '../../ui';
import { firstChoice } from './room-logic';

export interface AddressChooserProps {
  readonly interfaces: readonly RoomInterface[];
  /** The address used last time, offered first when it is still there. */
  readonly previous: string | null;
  /** Opens the room there; resolves when the host has answered. */
  readonly onOpen: (address: string) => Promise<void>;
  /** Asks the host for the addresses again (after joining a Wi-Fi). */
  readonly onCheckAgain: () => void;
  /** Closes the Room dialog without opening the room. */
  readonly onDone: () => void;
}

export function AddressChooser({ interfaces, previous, onOpen, onCheckAgain, onDone }: AddressChooserProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  // What the person picked, while it is still one of the addresses; otherwise the best guess.
  const address = chosen !== null && interfaces.some((i) => i.address === chosen) ? chosen : firstChoice(interfaces, previous);

  if (interfaces.length === 0 || address === null) {
    return (
      <>
        <div className="notice notice-warning room-no-network" role="status" data-testid="room-no-network">
          <p>
            <strong>This computer is not on a network just now,</strong> so no phone or laptop can reach it.
          </p>
          <p>
            Join the room’s Wi-Fi (or plug in a network cable), then choose Check again. A phone’s hotspot works too: connect
            this computer and the devices to it.
          </p>
        </div>
        <div className="dialog-actions">
          <Button onClick={onDone}>Done</Button>
          <Button variant="primary" onClick={onCheckAgain}>
            Check again
          </Button>
        </div>
      </>
    );
  }

  return (
    <form
      className="room-open-form"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onOpen(address).finally(() => setBusy(false));
      }}
    >
      <fieldset className="room-addresses" aria-describedby={hintId}>
        <legend className="field-label">Network address</legend>
        <p id={hintId} className="field-hint">
          Choose the network the phones and laptops in the room are on.
        </p>
        {interfaces.map((item) => (
          <label key={item.address} className="room-address">
            <input
              type="radio"
              name="room-address"
              value={item.address}
              checked={item.address === address}
              onChange={() => setChosen(item.address)}
            />
            <span>{item.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="room-firewall-first">
        The first time, Windows or macOS asks whether Journey Room may accept incoming connections. Allow it on private
        networks, or the devices cannot reach the room.
      </p>
      <div className="dialog-actions">
        <Button onClick={onDone}>Done</Button>
        <Button type="submit" variant="primary" disabled={busy} data-testid="room-open">
          {busy ? 'Opening…' : 'Open the room'}
        </Button>
      </div>
    </form>
  );
}
