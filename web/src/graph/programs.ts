// Sigma's default node (circle) and edge (rectangle) programs, drawn without instancing: same shaders, same
// look, but each item's vertices are written out in full, so a layer is one plain draw call.
// Why: sigma 3's programs draw one instance per node or edge (`drawArraysInstanced`), and the software renderer
// Chromium uses without a GPU (SwiftShader) pays a fixed cost per instance: ~30 µs, against ~3 µs per triangle
// of a plain draw. The overview's 4,000 nodes (drawn twice: picture and picking layer) took 0.2–0.5 s a frame
// even with every node hidden; drawn flat, 5 ms. With a GPU both forms are fast.
import type { Attributes } from "graphology-types";
import {
  EdgeProgram,
  EdgeRectangleProgram,
  getAttributesItemsCount,
  NodeCircleProgram,
  NodeProgram,
  type InstancedProgramDefinition,
  type ProgramDefinition,
  type ProgramInfo,
} from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from "sigma/types";

/** An instanced definition as a plain one: the per-vertex constants become ordinary attributes. */
function flatDefinition<U extends string>(def: InstancedProgramDefinition<U>): ProgramDefinition<U> {
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _constants, ...plain } = def;
  return { ...plain, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

/**
 * For an instanced definition: a function that takes the one item's attributes the instanced writer put at `start`
 * and repeats them for each vertex, each copy followed by that vertex's constants. Last vertex first, so the
 * first copy (the source) is overwritten last. Plain loops: this runs for every node and edge at each refresh.
 */
function vertexSpreader(def: InstancedProgramDefinition): (array: Float32Array, start: number) => void {
  const itemCount = getAttributesItemsCount(def.ATTRIBUTES);
  const constantCount = getAttributesItemsCount(def.CONSTANT_ATTRIBUTES);
  const stride = itemCount + constantCount;
  const constants = def.CONSTANT_DATA.flat();
  return (array, start) => {
    for (let vertex = def.VERTICES - 1; vertex >= 0; vertex--) {
      const at = start + vertex * stride;
      if (vertex > 0) for (let k = 0; k < itemCount; k++) array[at + k] = array[start + k]!;
      for (let k = 0; k < constantCount; k++) array[at + itemCount + k] = constants[vertex * constantCount + k]!;
    }
  };
}

// The definitions and per-item writers are sigma's own; they read nothing from the instance but `this.array`.
const circle = NodeCircleProgram.prototype;
const circleDefinition = circle.getDefinition();
const spreadCircle = vertexSpreader(circleDefinition);
type CircleUniform = (typeof circleDefinition.UNIFORMS)[number];

export class FlatNodeCircleProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeProgram<CircleUniform, N, E, G> {
  override getDefinition(): ProgramDefinition<CircleUniform> {
    return flatDefinition(circleDefinition);
  }
  override processVisibleItem(nodeIndex: number, start: number, data: NodeDisplayData): void {
    circle.processVisibleItem.call(this as unknown as NodeCircleProgram, nodeIndex, start, data);
    spreadCircle(this.array, start);
  }
  override setUniforms(params: RenderParams, info: ProgramInfo): void {
    circle.setUniforms.call(this as unknown as NodeCircleProgram, params, info);
  }
}

const rectangle = EdgeRectangleProgram.prototype;
const rectangleDefinition = rectangle.getDefinition();
const spreadRectangle = vertexSpreader(rectangleDefinition);
type RectangleUniform = (typeof rectangleDefinition.UNIFORMS)[number];

export class FlatEdgeRectangleProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends EdgeProgram<RectangleUniform, N, E, G> {
  override getDefinition(): ProgramDefinition<RectangleUniform> {
    return flatDefinition(rectangleDefinition);
  }
  override processVisibleItem(
    edgeIndex: number,
    start: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    rectangle.processVisibleItem.call(this as unknown as EdgeRectangleProgram, edgeIndex, start, source, target, data);
    spreadRectangle(this.array, start);
  }
  override setUniforms(params: RenderParams, info: ProgramInfo): void {
    rectangle.setUniforms.call(this as unknown as EdgeRectangleProgram, params, info);
  }
}
