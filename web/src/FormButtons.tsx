import type { IconButtonProps, TemplatesType } from "@rjsf/utils";

/**
 * The form's item buttons with words rather than icons: the library draws icons with a font this app
 * does not ship (no CDN), and a word is also what a screen reader and a keyboard user need.
 */
function textButton(text: string, className = "secondary") {
  return function TextButton({ onClick, disabled, id, registry: _registry, uiSchema: _uiSchema, iconType: _iconType, icon: _icon, className: _c, title, ...rest }: IconButtonProps) {
    return (
      <button type="button" id={id} className={className} onClick={onClick} disabled={disabled} title={title} {...rest}>
        {text}
      </button>
    );
  };
}

export const formButtons: Partial<TemplatesType["ButtonTemplates"]> = {
  AddButton: textButton("Add", "add"),
  RemoveButton: textButton("Remove"),
  MoveUpButton: textButton("Move up"),
  MoveDownButton: textButton("Move down"),
  CopyButton: textButton("Copy"),
};
