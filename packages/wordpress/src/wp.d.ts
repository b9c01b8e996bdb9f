// The parts of WordPress's editor globals (`wp.*`) the block uses. WordPress provides them at
// run time (editor.asset.php names the script handles), so nothing of them is bundled.
import type * as React from 'react';

type Component = React.ComponentType<Record<string, unknown>>;

export interface BlockEditProps<T> {
  attributes: T;
  setAttributes: (changes: Partial<T>) => void;
  isSelected: boolean;
}

export interface MediaItem {
  id: number;
  url: string;
  title?: string;
}

declare global {
  interface Window {
    /** Written by the plugin's PHP (koop_block_editor_settings). */
    koopBlockEditor?: { autoloader: string; lang: string };
  }

  const wp: {
    element: Pick<
      typeof React,
      'createElement' | 'Fragment' | 'useEffect' | 'useMemo' | 'useRef' | 'useState'
    >;
    blocks: {
      registerBlockType<T>(
        name: string,
        settings: { edit: (props: BlockEditProps<T>) => React.ReactNode; save: () => null },
      ): unknown;
    };
    blockEditor: {
      InspectorControls: Component;
      MediaUpload: React.ComponentType<{
        allowedTypes: string[];
        value?: number;
        onSelect: (media: MediaItem) => void;
        render: (props: { open: () => void }) => React.ReactNode;
      }>;
      MediaUploadCheck: Component;
      useBlockProps: (props?: Record<string, unknown>) => Record<string, unknown>;
    };
    components: {
      BaseControl: Component;
      Button: Component;
      CheckboxControl: Component;
      Notice: Component;
      PanelBody: Component;
      Placeholder: Component;
      SelectControl: Component;
      TextControl: Component;
    };
  };
}
