import { useMemo } from "react";
import type { IconButtonProps, TemplatesType } from "@rjsf/utils";
import { useT, type MessageKey, type Translate } from "./i18n";

/**
 * The form's item buttons with words rather than icons: the library draws icons with a font this app
 * does not ship (no CDN), and a word is also what a screen reader and a keyboard user need.
 */
function textButton(t: Translate, text: MessageKey, className = "secondary") {
  return function TextButton({ onClick, disabled, id, registry: _registry, uiSchema: _uiSchema, iconType: _iconType, icon: _icon, className: _c, title, ...rest }: IconButtonProps) {
    return (
      <button type="button" id={id} className={className} onClick={onClick} disabled={disabled} title={title} {...rest}>
        {t(text)}
      </button>
    );
  };
}

/** The buttons in the page's language. */
export function useFormButtons(): Partial<TemplatesType["ButtonTemplates"]> {
  const t = useT();
  return useMemo(
    () => ({
      AddButton: textButton(t, "add", "add"),
      RemoveButton: textButton(t, "remove"),
      MoveUpButton: textButton(t, "moveUp"),
      MoveDownButton: textButton(t, "moveDown"),
      CopyButton: textButton(t, "copy"),
    }),
    [t],
  );
}
