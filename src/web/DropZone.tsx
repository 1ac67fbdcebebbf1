import * as React from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { filesFromDrop, filesFromInput } from './files';
import type { NamedFile } from './protocol';

const useStyles = makeStyles({
  zone: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', justifyContent: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface DropZoneProps {
  onFiles(files: NamedFile[]): void;
  disabled?: boolean;
  /** Offer a folder picker too. */
  folders?: boolean;
  multiple?: boolean;
  label: string;
  hint?: string;
  accept?: string;
  testId?: string;
}

export function DropZone({ onFiles, disabled, folders, multiple = true, label, hint, accept, testId }: DropZoneProps) {
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const folderInput = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    // React does not know these attributes; set them on the element.
    folderInput.current?.setAttribute('webkitdirectory', '');
    folderInput.current?.setAttribute('directory', '');
  }, []);
  const take = (list: NamedFile[]) => {
    if (list.length > 0) onFiles(multiple ? list : list.slice(0, 1));
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.active)}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) filesFromDrop(e.dataTransfer).then(take, () => undefined);
      }}
    >
      <Text weight="semibold">{label}</Text>
      {hint ? <Text className={styles.hint}>{hint}</Text> : null}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={() => fileInput.current?.click()}>
          {multiple ? '选择文件' : '选择文件'}
        </Button>
        {folders ? (
          <Button disabled={disabled} onClick={() => folderInput.current?.click()}>
            选择文件夹
          </Button>
        ) : null}
      </div>
      <input
        ref={fileInput}
        type="file"
        multiple={multiple}
        accept={accept}
        hidden
        data-testid={testId ? `${testId}-input` : undefined}
        onChange={(e) => {
          take(filesFromInput(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
      {folders ? (
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          data-testid={testId ? `${testId}-folder` : undefined}
          onChange={(e) => {
            take(filesFromInput(e.currentTarget.files));
            e.currentTarget.value = '';
          }}
        />
      ) : null}
    </div>
  );
}
