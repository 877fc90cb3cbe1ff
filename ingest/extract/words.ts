// Small closed word classes the rules share: function words, evaluative adjectives, cue words.

/** Function words: determiners, prepositions, conjunctions, pronouns, auxiliaries. */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those its their our his her my your we they it he she i you us them
  of for in on at by to from with without via into onto over under about across through between among within upon
  and or but nor so yet as than then if while when where whereas which who whom whose what how why
  is are was were be been being am has have had do does did can could may might must shall should will would
  not no also only just even both either neither each every all any some such more most less least many much few
  very too here there thus hence however therefore moreover furthermore besides namely e.g i.e etc vs
  instead rather meanwhile nevertheless nonetheless otherwise
  beyond towards toward against versus unlike`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adjectives and nouns that describe rather than name: never the first word of a task or a coined name. */
export const DESCRIPTIVE_WORDS = new Set(
  `novel new existing previous prior current recent recently modern standard popular traditional conventional
  typical common general generic specific particular certain various different diverse several multiple numerous
  many other further additional extensive comprehensive large small big huge tiny massive long short high low
  better best good great strong stronger strongest weak superior inferior competitive effective efficient
  accurate robust reliable scalable simple complex challenging difficult hard easy important key critical crucial
  main major significant substantial remarkable impressive promising powerful lightweight fast faster slow
  state-of-the-art sota real-world practical downstream upstream related corresponding respective overall final
  single unified universal whole entire full partial same similar original proposed improved enhanced
  advanced sophisticated fundamental basic naive vanilla classical classic mainstream leading top first second
  third two three four five six seven eight nine ten one its own end-to-end large-scale small-scale fine-grained
  coarse-grained diverse wide broad varied higher lower greater larger smaller finer detailed in-depth thorough
  quantitative qualitative empirical theoretical experimental preliminary initial subsequent latter former
  such same respective task-specific task-agnostic general-purpose open-source publicly public available
  widely commonly well-known famous representative typical notable few any each every specialized dedicated
  numerous extreme intriguing interesting limited inconsistent nuanced lossless deep successful interpretable
  individual iterative finer-grained global local high-performance reliable desired desirable joint
  pre-trained pretrained fine-tuned real-time high-quality high-fidelity negligible minimal slight near-perfect
  acceptable reasonable excellent decent moderate unprecedented exceptional satisfactory favorable favourable
  outstanding poor inaccurate imprecise unreliable suboptimal sub-optimal erroneous incorrect inefficient
  ineffective costly expensive approximate exact simultaneous off-the-shelf
  precise optimal consistent noticeable unseen broader mere distinct correct wrong relevant irrelevant unique
  realistic photorealistic plausible faithful coherent fluent unfavorable unfavourable rapid quick successive
  consecutive usual customary swift external third-party auxiliary contemporary present-day today's
  rigorous purpose emergent ready production-ready next-generation`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs (and verb-like words) that cannot modify a task head noun. */
export const VERB_WORDS = new Set(
  `improve improves improving help helps boost boosts enable enables enabling achieve achieves achieving perform performs
  performing handle handles address addresses addressing tackle tackles solve solves support supports use uses
  using apply applies applying evaluate evaluates evaluated show shows demonstrate demonstrates outperform
  outperforms facilitate facilitates make makes allow allows propose proposes proposed introduce introduces
  present presents study studies explore explores consider considers require requires need needs leverage
  solving tackling linking bridging unifying combining integrating coupling connecting handling
  leverages learn learns train trains trained focus focuses benefit benefits yield yields bring brings
  conduct conducts including include includes involve involves like unlike toward towards called named dubbed
  termed known establish establishes annotate annotates analyze analyzes analyse analyses investigate investigates
  examine examines employ employs adopt adopts exploit exploits adjust adjusts automate automates combine combines
  distinguish distinguishes enhance enhances estimate estimates extend extends formulate formulates foster fosters
  quantify quantifies reduce reduces summarize summarizes worsen worsens accelerate accelerates unify unifies
  revisit revisits rethink rethinks pursue pursues advance advances streamline streamlines ensure ensures
  promote promotes assist assists generate generates augment augments predict predicts increase increases
  decrease decreases maintain maintains preserve preserves sacrifice sacrifices retain retains degrade degrades
  encompass encompasses entail entails comprise comprises exhibit exhibits possess possesses elicit elicits
  targeting aiming`
    .split(/\s+/)
    .filter(Boolean),
);

/** Heads that make a title-case phrase a model name ("Gated Widget Transformer", "Sparse Scene Captioner"). */
export const MODEL_HEADS = new Set(
  `Transformer Network Net Attention Captioner Decoder Encoder Machine Mixer Adapter Autoencoder GAN Diffusion
  Distillation Pretraining Pre-training Tuning Decoding Former Model Framework Memory Layer Block Module Head
  Prior Sampler Router Tokenizer Solver Optimizer Agent Policy Embedding Embeddings Function Field Fields
  Estimator Predictor Detector Segmenter Generator Discriminator Classifier Retriever Ranker Parser Tagger
  Translator Recognizer Planner Controller Aligner Learner Compressor Quantizer Pruner Kernel Operator Unit
  Coding Search Sampling Learning Mapping`
    .split(/\s+/)
    .filter(Boolean),
);
/** A word, in any case, that is one of MODEL_HEADS ("attention" as "Attention"). */
export const isModelHead = (word: string) => MODEL_HEADS.has(word.charAt(0).toUpperCase() + word.slice(1));

// Task heads that end generic phrases as often as task names ("careful modeling", "further analysis"): a phrase
// with one is a task only when a public task taxonomy names it or its last words ("character-level language
// modeling"), and a title's name ending in one may be a method's ("Slow Feature Analysis: …").
export const WEAK_TASK_HEADS = new Set(
  `modeling modelling understanding comprehension inference prediction analysis alignment extraction transfer pruning correction
  matching reconstruction reasoning recovery assessment ranking reranking re-ranking`.split(/\s+/),
);
