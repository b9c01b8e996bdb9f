/**
 * The elements' manifest as Storybook's controls should see it: what a page sets on an element
 * (attributes, public instance properties), not the class's statics (`localizedStrings`,
 * `define`) or anything private. The committed manifest itself keeps the whole public API.
 */
interface Member {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

export function controlsManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && (!member.privacy || member.privacy === 'public'),
        ),
      })),
    })),
  };
}
