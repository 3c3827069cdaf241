/**
 * The shared UI pieces every screen may use. Import from 'renderer/ui'
 * (relative: '../../ui') rather than the single files. The sensors of sortable
 * lists are imported from './list-sort-sensors' itself: they bring the drag
 * library, which only the screens that sort need to fetch.
 */
export { Button, type ButtonProps, type ButtonVariant } from './Button';
export { TextField, TextArea, type TextFieldProps, type TextAreaProps } from './TextField';
export { CommitField, type CommitFieldProps } from './CommitField';
export { Dialog, type DialogProps } from './Dialog';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { NotifyProvider, useNotify, type Notify, type ToastTone } from './notify';
export { nameProblem, shortTextProblem, longTextProblem } from './validate';
export { BackIcon, UndoIcon, RedoIcon, UpIcon, DownIcon, CloseIcon, PlusIcon, CheckIcon, ChevronDownIcon, HistoryIcon, WarningIcon } from './icons';
export { Combobox, type ComboboxProps } from './Combobox';
export type { ComboboxOption } from './combobox-logic';
export { TouchpointPicker, type TouchpointPickerProps } from './TouchpointPicker';
export { offeredCount, touchpointChoiceLabel, touchpointChoices } from './touchpoint-choices';
export { useShownFirst } from './use-shown-first';
export { SkipLinks, type SkipLink } from './SkipLinks';
export { ScoreLookProvider, useScoreLook } from './score-look';
