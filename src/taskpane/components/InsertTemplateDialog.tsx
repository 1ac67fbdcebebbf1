/**
 * Asks before inserting the template: which category, and, when the document already
 * has content, whether to put the template at the end (it never overwrites).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { Profile } from '../../core/profile/types';
import type { PaneStrings } from '../strings';
import { CategoryPicker } from './CategoryPicker';

export interface InsertTemplateDialogProps {
  open: boolean;
  /** True when the document has content: the template can only go at the end. */
  append: boolean;
  profile: Profile;
  category?: string;
  onCategory: (id: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
  strings: PaneStrings;
}

export function InsertTemplateDialog(props: InsertTemplateDialogProps) {
  const { open, append, profile, category, onCategory, onConfirm, onCancel, strings } = props;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="insert-dialog-body">
        <DialogBody>
          <DialogTitle>{append ? strings.dialogTitleAppend : strings.dialogTitleEmpty}</DialogTitle>
          <DialogContent>
            <Text id="insert-dialog-body" block>
              {append ? strings.dialogBodyAppend : strings.dialogBodyEmpty}
            </Text>
            <CategoryPicker profile={profile} value={category} onChange={onCategory} strings={strings} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!category} onClick={onConfirm}>
              {append ? strings.insertAtEnd : strings.insertHere}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
