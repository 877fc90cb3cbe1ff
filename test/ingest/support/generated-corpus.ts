// A small deterministic corpus in our own words, for tests that need more papers than the samples hold.

import type { PaperRecord } from "../../../domain/types.js";

const DATASETS = ["ImageNet", "COCO", "CIFAR-10", "SQuAD", "LibriSpeech", "WikiText-103"];
const MODELS = ["BERT", "ResNet-50", "GPT-2", "ViT", "T5", "CLIP"];

export function generatedRecords(count: number): PaperRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `Corvid${i}`;
    const dataset = DATASETS[i % DATASETS.length]!;
    const model = MODELS[(i * 7) % MODELS.length]!;
    return {
      title: `${name}: Notes on Routing Number ${i} for Small Models`,
      abstract:
        `We propose ${name}, a routing scheme for compact networks. ${name} is trained on ${dataset} and ` +
        `compared with ${model}, which it outperforms by ${(i % 9) + 1} points of accuracy. ` +
        `Our code lives at https://github.com/example-org/corvid-${i}.`,
      date: `2024-${String((i % 12) + 1).padStart(2, "0")}-01`,
      origin: { source: "generated.jsonl", line: i + 1 },
    };
  });
}
