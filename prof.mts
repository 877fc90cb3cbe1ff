import { extractCorpus } from "./ingest/extract/index.ts";
import { foldTitle } from "./domain/identity.ts";
const sentence = "We propose GlimmerNet, a sparse model that beats ResNet-50 on ImageNet and COCO with 3.2 BLEU gains using BERT embeddings. ";
for (const kb of [25, 50, 100, 200, 400]) {
  const abstract = sentence.repeat(Math.ceil((kb * 1024) / sentence.length)).slice(0, kb * 1024);
  const paper = { id: "title:x", title: "A Test Paper", abstract, titleKey: foldTitle("A Test Paper"), origins: [] };
  const t = performance.now();
  extractCorpus([paper as never]);
  console.log(kb, "KB", ((performance.now() - t) / 1000).toFixed(2), "s");
}
