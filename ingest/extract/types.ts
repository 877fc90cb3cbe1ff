// Shapes internal to extraction: what pass 1 finds in one paper, before corpus-level voting and aliasing.

import type { EntityType, Mention } from "../../domain/types.js";

/** Corpus knowledge that sharpens pass 1; all optional so one paper can be extracted alone. */
export interface CorpusContext {
  /**
   * Words written in lowercase somewhere in the corpus (this paper included): a capitalised one of these is no
   * name. Computed by `corpusContext`.
   */
  commonWords?: ReadonlySet<string>;
}

/** How firmly a hit's type is known: lexicon or explicit head noun, context, or token shape alone. */
export const STRENGTH = { shape: 1, context: 2, explicit: 3 } as const;
export type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

/** One place in the text that names an entity. */
export interface Hit {
  type: EntityType;
  surface: string;
  start: number;
  end: number;
  strength: Strength;
  proposed: boolean;
  /** Another name for the same entity, e.g. the lexicon's canonical name for a written variant. */
  alias?: string;
  /** From a general lexicon: a well-known name, so never this paper's own. */
  known?: boolean;
  /** Found by an acronym definition: its span is the entity's, and outranks a longer phrase around it. */
  defined?: boolean;
  /** A benchmark found by its title-case phrase ending in an evaluation head ("… Challenge"). */
  phrase?: boolean;
  /** A measure found only because a comparison stands beside it ("fewer parameters"). */
  byComparison?: boolean;
  /** A task the text names in general ("segmentation tasks"), not short for a longer task beside it. */
  general?: boolean;
  /** A task named only before what performs it or how well it is done ("pose estimation networks"). */
  attributive?: boolean;
}

/** A pass-1 mention plus what corpus-level resolution needs to know about it. */
export interface PaperMention extends Mention {
  typeStrength: Strength;
  /** The short form when the paper defines one ("ViT" for "Vision Transformer (ViT)"). */
  shortForm?: string;
  /** The long form when the paper defines one. */
  longForm?: string;
}

export interface PaperInput {
  title: string;
  abstract: string;
}
