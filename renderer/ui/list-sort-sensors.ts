/**
 * The sensors every reorderable vertical list uses (stages and channels on
 * Frame, actions on Plan): a mouse drag that starts after 5 px, so a click on
 * the grip is still a click, and the keyboard (Space, arrows, Space).
 */
import { KeyboardSensor, PointerSensor, useSensor, useSensors, type SensorDescriptor, type SensorOptions } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

export function useListSortSensors(): SensorDescriptor<SensorOptions>[] {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}
