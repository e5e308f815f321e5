import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  readDumpFiles
} from "./chunk-TCM3E6M4.js";
import {
  affectedSet,
  cleanPath,
  describeChain,
  dumpOf,
  edgeKind,
  edgeReasonOf,
  edgeTarget,
  fileOf,
  findNodes,
  nodeInfo,
  nodeName,
  outEdgesOf
} from "./chunk-6435ZYN3.js";
import {
  COMMENT_LIMIT,
  EM_AARCH64,
  EM_PPC64,
  EM_S390,
  EM_X86_64,
  REPORT_SCHEMA,
  REPORT_SCHEMA_VERSION,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_MERGE,
  SHF_STRINGS,
  SHF_WRITE,
  SHN_LORESERVE,
  SHN_UNDEF,
  SHT_NOBITS,
  SymbolFileError,
  actionsLog,
  architectureNamed,
  architectureOfMachine,
  buildTarget,
  changeLabel,
  childParent,
  codeAddendBias,
  codeReferenceKind,
  commentMarker,
  createGitHubClient,
  detectHazards,
  isColdPart,
  isCompilerConstant,
  isInitMarker,
  isLayoutChange,
  isStaticLocalName,
  kallsymsObjectOf,
  machineName,
  mergeSymbolTables,
  nameNumbers,
  normaliseName,
  omittedAnnotationsNote,
  parseElf,
  plural,
  publishStickyComment,
  readSymbolTable,
  relocationFieldSize,
  ruleMetas,
  sectionBaseName,
  symposIn,
  targetArchitecture,
  writeJsonFile,
  writeTextFile
} from "./chunk-5JSFV5S3.js";
import {
  VERSION
} from "./chunk-U7SVN7AW.js";
import {
  core_exports,
  group,
  setOutput
} from "./chunk-OGTHRML7.js";
import {
  writeStdout
} from "./chunk-4MD525XN.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7XMN4UL4.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path20) {
      const ctrl = callVisitor(key, node, visitor, path20);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path20, ctrl);
        return visit_(key, ctrl, visitor, path20);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path20 = Object.freeze(path20.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path20);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path20 = Object.freeze(path20.concat(node));
          const ck = visit_("key", node.key, visitor, path20);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path20);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path20) {
      const ctrl = await callVisitor(key, node, visitor, path20);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path20, ctrl);
        return visitAsync_(key, ctrl, visitor, path20);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path20 = Object.freeze(path20.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path20);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path20 = Object.freeze(path20.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path20);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path20);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path20) {
      if (typeof visitor === "function")
        return visitor(key, node, path20);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path20);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path20);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path20);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path20);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path20);
      return void 0;
    }
    function replaceNode(key, path20, node) {
      const parent = path20[path20.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path20, value) {
      let v = value;
      for (let i2 = path20.length - 1; i2 >= 0; --i2) {
        const k = path20[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path20) => path20 == null || typeof path20 === "object" && !!path20[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path20, value) {
        if (isEmptyPath(path20))
          this.add(value);
        else {
          const [key, ...rest] = path20;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path20) {
        const [key, ...rest] = path20;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path20, keepScalar) {
        const [key, ...rest] = path20;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path20) {
        const [key, ...rest] = path20;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path20, value) {
        const [key, ...rest] = path20;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start2, i2);
                const code = json.substr(i2 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path20, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path20, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path20) {
        if (Collection.isEmptyPath(path20)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path20) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path20, keepScalar) {
        if (Collection.isEmptyPath(path20))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path20, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path20) {
        if (Collection.isEmptyPath(path20))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path20) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path20, value) {
        if (Collection.isEmptyPath(path20)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path20), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path20, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path20) => {
      let item = cst;
      for (const [field, index] of path20) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path20) => {
      const parent = visit.itemAtPath(cst, path20.slice(0, -1));
      const field = path20[path20.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path20, item, visitor) {
      let ctrl = visitor(item, path20);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path20.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path20);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path20) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs15 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs15, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs15);
              } else {
                Object.assign(it, { key: fs15, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs15 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs15, sep: [] });
              else if (it.sep)
                this.stack.push(fs15);
              else
                Object.assign(it, { key: fs15, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path20, { windows } = {}) => {
      const segs = path20.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range2.unshift(arr[i2].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// src/compile/index.ts
import fs13 from "node:fs";
import os2 from "node:os";
import path15 from "node:path";

// src/adapters/git.ts
import { execFile } from "node:child_process";
var GitError = class extends Error {
  constructor(args2, stderr) {
    super(`git ${args2.join(" ")} failed: ${stderr.trim() || "no output"}`);
    this.args = args2;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  stderr;
};
function git(cwd, args2, opts = {}) {
  return new Promise((resolve2, reject) => {
    execFile("git", args2, { cwd, maxBuffer: 1 << 30, encoding: "utf8" }, (err2, stdout2, stderr) => {
      if (err2 && !opts.allowFailure) reject(new GitError(args2, stderr || err2.message));
      else resolve2(stdout2);
    });
  });
}
async function resolveCommit(repo, ref) {
  const out2 = await git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFailure: true });
  const id = out2.trim();
  if (!id) {
    const inside = await git(repo, ["rev-parse", "--is-inside-work-tree"], { allowFailure: true });
    if (inside.trim() !== "true") {
      throw new GitError(["rev-parse", ref], `${repo} is not a git repository (or not one this user may read): point --repo / the action's repo at the checkout.`);
    }
    throw new GitError(
      ["rev-parse", ref],
      `'${ref}' is not a commit in ${repo}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref}).`
    );
  }
  return id;
}
async function showFile(repo, commit, path20) {
  return new Promise((resolve2) => {
    execFile(
      "git",
      ["show", `${commit}:${path20}`],
      { cwd: repo, maxBuffer: 1 << 30, encoding: "utf8" },
      (err2, stdout2) => resolve2(err2 ? null : stdout2)
    );
  });
}
async function mergeBase(repo, a, b) {
  return (await git(repo, ["merge-base", a, b])).trim();
}
async function addWorktree(repo, dir, commit) {
  await git(repo, ["worktree", "remove", "--force", dir], { allowFailure: true });
  await git(repo, ["worktree", "prune"]);
  await git(repo, ["worktree", "add", "--force", "--force", "--detach", dir, commit]);
}

// src/model.ts
var BuildError = class extends Error {
  constructor(side, command, logTail2, message) {
    super(message ?? `${side} build failed: ${command}
--- last lines of the build log ---
${logTail2}`);
    this.side = side;
    this.command = command;
    this.logTail = logTail2;
    this.name = "BuildError";
  }
  side;
  command;
  logTail;
};

// src/compile/command-build.ts
import { createHash } from "node:crypto";
import fs5 from "node:fs";
import path5 from "node:path";

// src/compile/command-units.ts
import path2 from "node:path";

// src/compile/compile-command.ts
import path from "node:path";
var TAKES_VALUE = /* @__PURE__ */ new Set([
  "-o",
  "-I",
  "-D",
  "-U",
  "-include",
  "-imacros",
  "-isystem",
  "-iquote",
  "-idirafter",
  "-iprefix",
  "-MF",
  "-MT",
  "-MQ",
  "-x",
  "-L",
  "-l",
  "-Xlinker",
  "-Xassembler",
  "-Xpreprocessor",
  "-T",
  "-u",
  "-dumpdir",
  "-dumpbase",
  "-dumpbase-ext",
  "-aux-info",
  "--param",
  "-z",
  "-e",
  "-wrapper",
  "-specs"
]);
var C_SOURCE = /\.(c|i)$/;
var LINK_INPUT = /\.(o|a|so|lo|obj)$/;
function parseCompileArgv(argv) {
  const inv = { sources: [], compileOnly: false, noObject: false, linkInputs: [] };
  let language;
  for (let i2 = 1; i2 < argv.length; i2++) {
    const a = argv[i2];
    if (TAKES_VALUE.has(a)) {
      const v = argv[++i2];
      if (a === "-o") inv.output = v;
      else if (a === "-dumpdir") inv.dumpdir = v;
      else if (a === "-dumpbase") inv.dumpbase = v;
      else if (a === "-x") language = v === "none" ? void 0 : v;
      continue;
    }
    if (a === "-c") inv.compileOnly = true;
    else if (a === "-E" || a === "-S" || a === "-M" || a === "-MM") inv.noObject = true;
    else if (a.startsWith("-o") && a.length > 2) inv.output = a.slice(2);
    else if (a.startsWith("-x") && a.length > 2) language = a.slice(2) === "none" ? void 0 : a.slice(2);
    else if (a.startsWith("-")) continue;
    else if (language === "c" || language === void 0 && C_SOURCE.test(a)) inv.sources.push(a);
    else if (LINK_INPUT.test(a)) inv.linkInputs.push(a);
  }
  return inv;
}
function objectPathFor(inv, source, cwd) {
  if (inv.output && inv.sources.length === 1) return path.resolve(cwd, inv.output);
  return path.resolve(cwd, path.basename(source).replace(/\.[^.]*$/, "") + ".o");
}
function dumpPathFor(inv, source, cwd) {
  const suffix = path.extname(source);
  const outDir = inv.output ? path.dirname(inv.output) + "/" : "";
  const dumpdir = inv.dumpdir ?? (outDir === "./" ? "" : outDir);
  let base;
  if (inv.dumpbase !== void 0) {
    base = inv.dumpbase.includes("/") ? inv.dumpbase : dumpdir + inv.dumpbase;
  } else if (inv.compileOnly || inv.sources.length === 0) {
    const stem = inv.output ? path.basename(inv.output).replace(/\.[^.]*$/, "") : path.basename(source, suffix);
    base = dumpdir + stem + suffix;
  } else {
    const out2 = inv.output ?? "a.out";
    base = (inv.dumpdir ?? outDir) + path.basename(out2).replace(/\.[^.]*$/, "") + "-" + path.basename(source);
  }
  return path.resolve(cwd, base + ".000i.ipa-clones");
}

// src/compile/command-units.ts
function unitsFromRuns(input) {
  const { runs, sourceDir, exists } = input;
  const warnings = [];
  const gaps = /* @__PURE__ */ new Map();
  const current = /* @__PURE__ */ new Set();
  const byObject = /* @__PURE__ */ new Map();
  const linkedInto = /* @__PURE__ */ new Map();
  runs.forEach((run3, index) => {
    const inv = parseCompileArgv(run3.argv);
    if (inv.noObject) return;
    if (inv.compileOnly) {
      for (const src of inv.sources) {
        const abs = path2.resolve(run3.cwd, src);
        const rel = path2.relative(sourceDir, abs);
        if (rel.startsWith("..") || path2.isAbsolute(rel) || rel.split(path2.sep).includes("CMakeFiles")) continue;
        const object = objectPathFor(inv, src, run3.cwd);
        if (index >= (input.currentFrom ?? 0)) current.add(object);
        gaps.delete(rel);
        byObject.set(object, {
          source: rel,
          object,
          dump: dumpPathFor(inv, src, run3.cwd),
          command: run3.argv,
          cwd: run3.cwd,
          // Unlinked objects are named by their path: a/util.o and b/util.o are two objects, not one util.o.
          owner: cmakeTarget(object) ?? ownerPath(sourceDir, object)
        });
      }
    } else {
      const out2 = path2.resolve(run3.cwd, inv.output ?? "a.out");
      const owner = path2.basename(out2);
      inv.linkInputs.forEach((input2, order) => linkedInto.set(path2.resolve(run3.cwd, input2), { owner, order }));
      for (const src of inv.sources) {
        const abs = path2.resolve(run3.cwd, src);
        const rel = path2.relative(sourceDir, abs);
        if (rel.startsWith("..") || path2.isAbsolute(rel) || rel.split(path2.sep).includes("CMakeFiles")) continue;
        if (![...byObject.values()].some((u) => u.source === rel)) {
          gaps.set(rel, { source: rel, reason: `${rel} was compiled and linked into ${inv.output ?? "a.out"} in one step: there is no object file of it to compare (compile it with -c)` });
        }
      }
    }
  });
  const units = [];
  for (const unit of byObject.values()) {
    if (!exists(path2.join(sourceDir, unit.source))) continue;
    if (!exists(unit.object)) {
      if (current.has(unit.object)) gaps.set(unit.source, { source: unit.source, reason: `${unit.source} was compiled to ${unit.object}, which no longer exists after the build (the build deleted it): nothing to compare` });
      continue;
    }
    const linked = linkedInto.get(unit.object);
    if (linked) {
      unit.owner = linked.owner;
      unit.linkOrder = linked.order;
    }
    if (unit.dump && !exists(unit.dump)) {
      const flagged = unit.command.includes("-fdump-ipa-clones");
      warnings.push({
        source: "build",
        file: unit.source,
        message: flagged ? `no clone dump at ${unit.dump} for ${unit.source} (compiled with -fdump-ipa-clones)` : `${unit.source} was compiled without -fdump-ipa-clones: the build overrode the compiler flags`
      });
      unit.dump = null;
    }
    units.push(unit);
  }
  units.sort((a, b) => a.source.localeCompare(b.source) || a.object.localeCompare(b.object));
  const built = new Set(units.map((u) => u.source));
  return { units, warnings, gaps: [...gaps.values()].filter((g) => !built.has(g.source)) };
}
function parseCompilerLog(text, file) {
  const runs = [];
  const warnings = [];
  text.split("\n").forEach((line, i2) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line);
      if (typeof v.cwd === "string" && Array.isArray(v.argv)) runs.push({ cwd: v.cwd, argv: v.argv.map(String) });
      else throw new Error("missing cwd/argv");
    } catch (e) {
      warnings.push({ source: "build", file, line: i2 + 1, message: `unreadable compiler log line: ${e.message}` });
    }
  });
  return { runs, warnings };
}
function ownerPath(sourceDir, object) {
  const rel = path2.relative(sourceDir, object);
  return rel.startsWith("..") || path2.isAbsolute(rel) ? object : rel;
}
function cmakeTarget(object) {
  return /\/CMakeFiles\/([^/]+)\.dir\//.exec(object)?.[1];
}

// src/compile/compiler-wrapper.ts
import fs2 from "node:fs";
import path3 from "node:path";
var WRAPPER_ENV = {
  node: "LPG_NODE",
  script: "LPG_WRAPPER_SCRIPT",
  log: "LPG_COMPILE_LOG",
  flags: "LPG_CFLAGS_JSON",
  realCc: "LPG_REAL_CC",
  ccache: "LPG_CCACHE"
};
function wrapperSource() {
  return `// Generated by livepatch-gate (src/compile/compiler-wrapper.ts). Do not edit.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const args = process.argv.slice(2);
const real = (process.env.${WRAPPER_ENV.realCc} || 'gcc').split(/\\s+/).filter(Boolean);
let flags = [];
try { flags = JSON.parse(process.env.${WRAPPER_ENV.flags} || '[]'); } catch (e) { /* no flags */ }
// Queries (--version, -print-*, -dumpmachine) must answer exactly as the compiler would.
const query = args.length === 0 || args.some((a) => /^(--version|-v|--help|-dumpversion|-dumpfullversion|-dumpmachine|-dumpspecs|-print-.*|--print-.*)$/.test(a));
const argv = query ? real.concat(args) : real.concat(args, flags);
const logFile = process.env.${WRAPPER_ENV.log};
if (logFile && !query) {
  fs.appendFileSync(logFile, JSON.stringify({ cwd: process.cwd(), argv }) + '\\n');
}
const ccache = process.env.${WRAPPER_ENV.ccache};
const run = ccache ? [ccache].concat(argv) : argv;
const r = spawnSync(run[0], run.slice(1), { stdio: 'inherit' });
if (r.error) { process.stderr.write('lpg-cc: cannot run ' + run[0] + ': ' + r.error.message + '\\n'); process.exit(127); }
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status === null ? 1 : r.status);
`;
}
var ENTRY = '#!/bin/sh\n: "${LPG_NODE:?lpg-cc runs under livepatch-gate only}"\nexec "$LPG_NODE" "$LPG_WRAPPER_SCRIPT" "$@"\n';
function installCompilerWrapper(workDir) {
  const dir = path3.join(workDir, "bin");
  const file = path3.join(dir, "lpg-cc");
  fs2.mkdirSync(dir, { recursive: true });
  const script = path3.join(dir, "lpg-cc.cjs");
  writeIfChanged(script, wrapperSource(), 420);
  writeIfChanged(file, ENTRY, 493);
  return { dir, name: path3.basename(file), env: { [WRAPPER_ENV.node]: process.execPath, [WRAPPER_ENV.script]: script } };
}
function writeIfChanged(file, text, mode) {
  if (fs2.existsSync(file) && fs2.readFileSync(file, "utf8") === text) return;
  const tmp = `${file}.${process.pid}.tmp`;
  fs2.writeFileSync(tmp, text, { mode });
  fs2.renameSync(tmp, file);
}

// src/compile/logged-process.ts
import { spawn } from "node:child_process";
import fs3 from "node:fs";
var TAIL_LINES = 40;
async function runLogged(run3) {
  const log = fs3.openSync(run3.logFile, "a");
  const shown = displayCommand(run3.argv);
  fs3.writeSync(log, `
$ ${shown}    # in ${run3.cwd}
`);
  try {
    const code = await new Promise((resolve2, reject) => {
      const child = spawn(run3.argv[0], run3.argv.slice(1), { cwd: run3.cwd, env: run3.env, stdio: ["ignore", "pipe", "pipe"] });
      let pending = "";
      const onData = (chunk) => {
        fs3.writeSync(log, chunk);
        if (!run3.progress || !run3.onProgress) return;
        pending += chunk.toString("utf8");
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          const p = run3.progress(line);
          if (p) run3.onProgress(p);
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("error", reject);
      child.on("close", (c, signal) => resolve2(c ?? signal ?? "unknown"));
    }).catch((e) => e.message);
    if (code !== 0) {
      fs3.writeSync(log, `
[livepatch-gate] command exited with ${code}
`);
      throw new BuildError(run3.side, shown, logTail(run3.logFile));
    }
  } finally {
    fs3.closeSync(log);
  }
}
function logTail(file, lines = TAIL_LINES) {
  const size = fs3.statSync(file).size;
  const len = Math.min(size, 64 * 1024);
  const buf = Buffer.alloc(len);
  const fd = fs3.openSync(file, "r");
  try {
    fs3.readSync(fd, buf, 0, len, size - len);
  } finally {
    fs3.closeSync(fd);
  }
  return buf.toString("utf8").split("\n").slice(-lines - 1).join("\n").trimEnd();
}
function displayCommand(argv) {
  return argv.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}

// src/compile/worktree.ts
import fs4 from "node:fs";
import os from "node:os";
import path4 from "node:path";
import { execFile as execFile2 } from "node:child_process";
var WT = ["-c", "core.trustctime=false"];
async function prepareWorktree(repo, dir, commit, opts = {}) {
  if (fs4.existsSync(path4.join(dir, ".git")) && await sameRepository(repo, dir)) {
    await removeStaleGitLocks(dir);
    const head = (await git(dir, ["rev-parse", "HEAD"], { allowFailure: true })).trim();
    if (head === commit) return "reused";
    await git(dir, [...WT, "checkout", "--quiet", "--force", "--detach", commit]);
    return "switched";
  }
  fs4.mkdirSync(path4.dirname(dir), { recursive: true });
  const kept = opts.keep && fs4.existsSync(path4.join(dir, opts.keep)) ? `${dir}.keep-${process.pid}` : null;
  if (kept) {
    fs4.rmSync(kept, { recursive: true, force: true });
    fs4.renameSync(path4.join(dir, opts.keep), kept);
  }
  if (fs4.existsSync(dir)) fs4.rmSync(dir, { recursive: true, force: true });
  const linked = opts.linkFrom ? await linkWorktree(repo, opts.linkFrom, dir, commit, opts.keep) : false;
  if (!linked) await addWorktree(repo, dir, commit);
  if (kept) {
    fs4.rmSync(path4.join(dir, opts.keep), { recursive: true, force: true });
    fs4.renameSync(kept, path4.join(dir, opts.keep));
  }
  return linked ? "linked" : "created";
}
async function linkWorktree(repo, from, dir, commit, skip) {
  if (!fs4.existsSync(path4.join(from, ".git")) || !await sameRepository(repo, from)) return false;
  const fromHead = (await git(from, ["rev-parse", "HEAD"], { allowFailure: true })).trim();
  if (!fromHead) return false;
  try {
    const status = await git(from, [...WT, "status", "--porcelain", "--untracked-files=normal", "--ignored"]);
    if (status.split("\n").some((l) => l.trim() !== "" && !(skip && (l.slice(3) === skip || l.slice(3) === `${skip}/`)))) return false;
  } catch {
    return false;
  }
  try {
    await git(repo, ["worktree", "prune"]);
    await git(repo, ["worktree", "add", "--force", "--force", "--no-checkout", "--detach", dir, fromHead]);
    const names = fs4.readdirSync(from).filter((n) => n !== ".git" && n !== skip);
    if (names.length > 0) await run2(["cp", "-al", "--", ...names.map((n) => path4.join(from, n)), dir]);
    const index = async (d) => path4.resolve(d, (await git(d, ["rev-parse", "--git-path", "index"])).trim());
    fs4.copyFileSync(await index(from), await index(dir));
    await git(dir, [...WT, "checkout", "--quiet", "--detach", commit]);
    return true;
  } catch {
    await git(repo, ["worktree", "remove", "--force", dir], { allowFailure: true });
    fs4.rmSync(dir, { recursive: true, force: true });
    return false;
  }
}
function run2(argv) {
  return new Promise((resolve2, reject) => {
    execFile2(argv[0], argv.slice(1), (err2, _out, stderr) => err2 ? reject(new Error(`${argv[0]} failed: ${stderr || err2.message}`)) : resolve2());
  });
}
async function sameRepository(repo, dir) {
  const common = async (d) => path4.resolve(d, (await git(d, ["rev-parse", "--git-common-dir"], { allowFailure: true })).trim());
  try {
    return fs4.realpathSync(await common(repo)) === fs4.realpathSync(await common(dir));
  } catch {
    return false;
  }
}
async function cleanWorktree(dir) {
  await git(dir, ["clean", "-fdxq"]);
}
var GIT_LOCKS = ["index.lock", "HEAD.lock", "ORIG_HEAD.lock"];
async function removeStaleGitLocks(dir) {
  const gitDir = (await git(dir, ["rev-parse", "--git-dir"], { allowFailure: true })).trim();
  if (!gitDir) return;
  for (const name2 of GIT_LOCKS) fs4.rmSync(path4.resolve(dir, gitDir, name2), { force: true });
}
var LOCK_FILE = "livepatch-gate.lock";
function readHolder(file) {
  try {
    const v = JSON.parse(fs4.readFileSync(file, "utf8"));
    return typeof v.pid === "number" ? { pid: v.pid, host: String(v.host ?? ""), since: String(v.since ?? "") } : null;
  } catch {
    return null;
  }
}
function holderGone(h) {
  if (h.host !== os.hostname()) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err2) {
    return err2.code === "ESRCH";
  }
}
async function lockWorkDir(workDir, opts = {}) {
  const waitMs = opts.waitMs ?? 30 * 6e4;
  const pollMs = opts.pollMs ?? 1e3;
  fs4.mkdirSync(workDir, { recursive: true });
  const file = path4.join(workDir, LOCK_FILE);
  const me = { pid: process.pid, host: os.hostname(), since: (/* @__PURE__ */ new Date()).toISOString() };
  const started = Date.now();
  let told = false;
  for (; ; ) {
    try {
      fs4.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      break;
    } catch (err2) {
      if (err2.code !== "EEXIST") throw err2;
    }
    const holder = readHolder(file);
    if (holder && holderGone(holder)) {
      opts.onProgress?.(`work dir ${workDir}: removing the stale lock of pid ${holder.pid} (since ${holder.since}), a run that was killed`);
      const moved = `${file}.stale.${process.pid}`;
      try {
        fs4.renameSync(file, moved);
        fs4.rmSync(moved, { force: true });
      } catch {
      }
      continue;
    }
    const who = holder ? `pid ${holder.pid} on ${holder.host} (since ${holder.since})` : "another run";
    const waited = Date.now() - started;
    if (waited >= waitMs) {
      throw new Error(`work dir ${workDir} is in use by ${who}; waited ${(waited / 1e3).toFixed(1)} s: wait for that run to finish, or use another work dir (--work-dir / work-dir)`);
    }
    if (!told) opts.onProgress?.(`work dir ${workDir} is in use by ${who}: waiting up to ${Math.round(waitMs / 1e3)} s`);
    told = true;
    await new Promise((r) => setTimeout(r, Math.min(pollMs, waitMs - waited)));
  }
  const release = () => {
    process.removeListener("exit", release);
    const h = readHolder(file);
    if (h && h.pid === me.pid && h.since === me.since) fs4.rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { release };
}

// src/compile/command-build.ts
function isPlainMake(command) {
  return /^\s*g?make(\s[^;&|<>`$()]*)?$/.test(command);
}
async function buildWithCommand(ctx, command) {
  const warnings = [];
  const wrapper = installCompilerWrapper(ctx.workDir);
  if (wrapper.dir.includes(path5.delimiter)) {
    throw new BuildError(ctx.side, "(none)", "", `${ctx.side} build: the work dir ${ctx.workDir} contains '${path5.delimiter}', which cannot go on PATH (where the build finds the compiler wrapper): choose another work dir`);
  }
  const compileLog = path5.join(ctx.sideDir, "compile-log.jsonl");
  const realCc = ctx.target?.crossCompile ? `${ctx.target.crossCompile}gcc` : process.env[WRAPPER_ENV.realCc] || "gcc";
  const stateFile = path5.join(ctx.sideDir, "command-state.json");
  const settings = { command, flags: ctx.flags, realCc, ccache: ctx.ccache ?? null };
  const why2 = reuseRefusal(stateFile, settings);
  if (why2) {
    ctx.progress(`${why2}: cleaning the worktree`);
    await cleanWorktree(ctx.srcDir);
    fs5.rmSync(compileLog, { force: true });
  }
  const state = { settings, complete: false, objects: {} };
  fs5.writeFileSync(stateFile, JSON.stringify(state));
  const makeArgs = [];
  if (isPlainMake(command)) {
    makeArgs.push(`CC=${wrapper.name}`);
    if (!/(^|\s)(-j|--jobs)/.test(command)) makeArgs.push(`-j${ctx.jobs}`);
  }
  const env = {
    ...process.env,
    // Only CC: the wrapper appends our flags, and setting CFLAGS would override the project's own
    // defaults (`CFLAGS ?= -O2`), changing the very optimisations we are here to observe.
    // A bare name: make pastes $(CC) into recipe lines that a shell runs, so it must be shell-safe.
    CC: wrapper.name,
    PATH: `${wrapper.dir}${path5.delimiter}${process.env.PATH ?? ""}`,
    ...wrapper.env,
    CMAKE_BUILD_PARALLEL_LEVEL: String(ctx.jobs),
    [WRAPPER_ENV.log]: compileLog,
    [WRAPPER_ENV.flags]: JSON.stringify(ctx.flags),
    [WRAPPER_ENV.realCc]: realCc,
    [WRAPPER_ENV.ccache]: ctx.ccache ?? ""
  };
  const startCount = countLines(compileLog);
  const earlierRuns = fs5.existsSync(compileLog) ? parseCompilerLog(fs5.readFileSync(compileLog, "utf8"), compileLog).runs.length : 0;
  let lastCount = startCount;
  const timer = setInterval(() => {
    const n = countLines(compileLog);
    if (n !== lastCount) {
      lastCount = n;
      ctx.progress(`compiled ${n - startCount} objects`);
    }
  }, 1e3);
  try {
    const argv = makeArgs.length > 0 ? ["sh", "-c", `${command} "$@"`, "sh", ...makeArgs] : ["sh", "-c", command];
    await runLogged({ side: ctx.side, argv, cwd: ctx.srcDir, env, logFile: ctx.logFile });
  } finally {
    clearInterval(timer);
  }
  ctx.progress(`compiled ${countLines(compileLog) - startCount} objects (build done)`);
  const text = fs5.existsSync(compileLog) ? fs5.readFileSync(compileLog, "utf8") : "";
  const parsed = parseCompilerLog(text, compileLog);
  const result = unitsFromRuns({ runs: parsed.runs, sourceDir: ctx.srcDir, exists: (p) => fs5.existsSync(p), currentFrom: earlierRuns });
  fs5.writeFileSync(stateFile, JSON.stringify({ settings, complete: true, objects: Object.fromEntries(result.units.map((u) => [u.object, fileHash(u.object)])) }));
  warnings.push(...parsed.warnings, ...result.warnings);
  if (result.units.length === 0) {
    warnings.push({
      source: "build",
      message: `the build command compiled no C sources through the wrapper: make sure it honours $CC (${command})`
    });
  }
  return { units: result.units, warnings, gaps: result.gaps };
}
function reuseRefusal(stateFile, settings) {
  if (!fs5.existsSync(stateFile)) return null;
  let state;
  try {
    state = JSON.parse(fs5.readFileSync(stateFile, "utf8"));
  } catch {
    return "the previous build state is unreadable";
  }
  if (JSON.stringify(state.settings) !== JSON.stringify(settings)) return "build settings changed since the last run";
  if (!state.complete) return "the previous build did not finish (killed?): its objects may be truncated";
  for (const [object, hash] of Object.entries(state.objects ?? {})) {
    if (fs5.existsSync(object) && fileHash(object) !== hash) return `${object} changed since the last build`;
  }
  return null;
}
function fileHash(file) {
  try {
    return createHash("sha256").update(fs5.readFileSync(file)).digest("hex");
  } catch {
    return "";
  }
}
function countLines(file) {
  try {
    const buf = fs5.readFileSync(file);
    let n = 0;
    for (const b of buf) if (b === 10) n++;
    return n;
  } catch {
    return 0;
  }
}

// src/compile/kernel-build.ts
import fs12 from "node:fs";
import path14 from "node:path";

// src/compile/object-ledger.ts
import { createHash as createHash3 } from "node:crypto";
import fs7 from "node:fs";
import path8 from "node:path";

// src/compile/kbuild.ts
import path6 from "node:path";
function parseDotConfig(text) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const m = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line);
    if (m) values.set(m[1], m[2].replace(/^"(.*)"$/, "$1"));
  }
  return values;
}
var KBUILD_QUERY_MK = `# written by livepatch-gate (src/compile/kbuild.ts); read through MAKEFILES=
ifndef lpg-query-mk
lpg-query-mk := $(lastword $(MAKEFILE_LIST))
ifeq ($(MAKECMDGOALS),lpg-fanout)
lpg-fanout: $(LPG_SUBS)
$(LPG_SUBS):
	$(Q)$(MAKE) -f $(srctree)/scripts/Makefile.build obj=$@ \\
	need-builtin=$(if $(filter $@/built-in.a,$(LPG_BUILTIN)),1) \\
	need-modorder=$(if $(filter $@/modules.order,$(LPG_MODORDER)),1) \\
	lpg-query
.PHONY: lpg-fanout $(LPG_SUBS)
else ifeq ($(CURDIR),$(LPG_OBJTREE))
lpg-strip = $(patsubst $(obj)/%,%,$1)
lpg-members = $(addprefix $(obj)/,$(call real-search,$(call lpg-strip,$1),.o,$2))
lpg-subs = $(if $(LPG_WANT),$(foreach d,$(subdir-ym),$(if $(filter $d $d/%,$(LPG_WANT)),$d)),$(subdir-ym))
lpg-walk:
	@printf '%s\\n' 'T $(KBUILD_VMLINUX_OBJS)' 'U $(KBUILD_VMLINUX_LIBS)' > $(LPG_OUT)/top
	$(Q)$(MAKE) -f $(srctree)/scripts/Makefile.build obj=. need-builtin=1 need-modorder=1 lpg-query
lpg-query:
	@printf '%s\\n' 'D $(obj) $(if $(need-builtin),1,0) $(if $(need-modorder),1,0)' \\
	  'Y $(obj) $(real-obj-y)' 'L $(obj) $(lib-y)' 'S $(obj) $(subdir-ym)' \\
	  $(foreach m,$(filter %.o,$(obj-m)),'M $(obj) $m $(call lpg-members,$m,-objs -y -m)') \\
	  $(foreach m,$(multi-obj-y),'C $(obj) $(obj)/$(call lpg-strip,$m) $(call lpg-members,$m,-objs -y)') \\
	  $(if $(filter .,$(obj)),'F . $(subst $(squote),,$(c_flags))') > $(LPG_OUT)/d-$(subst /,+,$(obj))
	$(if $(lpg-subs),$(Q)$(MAKE) -f $(lpg-query-mk) LPG_SUBS='$(lpg-subs)' LPG_BUILTIN='$(subdir-builtin)' LPG_MODORDER='$(subdir-modorder)' lpg-fanout)
.PHONY: lpg-walk lpg-query
endif
endif
`;
function parseKbuildWalk(text) {
  const dirs = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  const linked = /* @__PURE__ */ new Set();
  const forcedIncludes = [];
  const listFor = (dir) => {
    let l = lists.get(dir);
    if (!l) lists.set(dir, l = { y: [], lib: [], mods: [], composites: [] });
    return l;
  };
  for (const line of text.split("\n")) {
    const [kind, ...words] = line.trim().split(/\s+/);
    if (kind === "T" || kind === "U") {
      for (const w of words) linked.add(w.replace(/^\.\//, ""));
      continue;
    }
    const [dir, ...rest] = words;
    if (!dir) continue;
    if (kind === "F") {
      rest.forEach((w, i2) => rest[i2 - 1] === "-include" && forcedIncludes.push(w));
      continue;
    }
    if (kind === "D") dirs.set(dir, { builtin: rest[0] === "1", modorder: rest[1] === "1", subdirs: dirs.get(dir)?.subdirs ?? [] });
    else if (kind === "S") dirs.set(dir, { ...dirs.get(dir) ?? { builtin: false, modorder: false }, subdirs: rest });
    else if (kind === "Y") listFor(dir).y.push(...rest);
    else if (kind === "L") listFor(dir).lib.push(...rest);
    else if (kind === "M") listFor(dir).mods.push(rest);
    else if (kind === "C") listFor(dir).composites.push(rest);
  }
  const objects = /* @__PURE__ */ new Map();
  for (const [dir, l] of lists) {
    const d = dirs.get(dir);
    if (!d) continue;
    const compositeOf = /* @__PURE__ */ new Map();
    for (const [composite, ...members] of l.composites) for (const m of members) compositeOf.set(m, composite);
    if (d.builtin) for (const o of l.y.filter((x) => x.endsWith(".o"))) objects.set(o, { object: o, owner: "vmlinux", composite: compositeOf.get(o) });
    if (linked.has(`${dir === "." ? "" : dir + "/"}lib.a`)) {
      for (const o of l.lib.filter((x) => x.endsWith(".o"))) if (!objects.has(o)) objects.set(o, { object: o, owner: "vmlinux" });
    }
    if (d.modorder) {
      for (const [mod, ...members] of l.mods) {
        const owner = mod.replace(/\.o$/, ".ko");
        for (const o of members.length > 0 ? members : [mod]) {
          if (!objects.has(o)) objects.set(o, { object: o, owner, composite: members.length > 0 ? mod : void 0 });
        }
      }
    }
  }
  return { dirs, forcedIncludes, objects };
}
function sourceVerdict(inv, source) {
  const object = source.replace(/\.c$/, ".o");
  const found = inv.objects.get(object);
  if (found) return { built: true, object: found };
  const dir = path6.posix.dirname(source);
  const d = inv.dirs.get(dir);
  if (d) {
    if (!d.builtin && !d.modorder) return { built: false, reason: `Kbuild enters ${dir}/ but links nothing from it into vmlinux or a module under this configuration` };
    return { built: false, reason: `${dir}/Makefile does not link ${path6.posix.basename(object)} into vmlinux or a module under this configuration` };
  }
  for (let child = dir; child !== "."; ) {
    const parent = path6.posix.dirname(child);
    if (inv.dirs.has(parent)) {
      const where = parent === "." ? "the top level" : `${parent}/`;
      return { built: false, reason: `Kbuild does not enter ${child}/ for vmlinux or a module under this configuration (it enters ${where}, nothing there lists ${child}/)` };
    }
    child = parent;
  }
  return { built: false, reason: `Kbuild does not enter ${dir}/ for vmlinux or a module under this configuration` };
}
function parseKbuildCmd(text) {
  const lines = text.split("\n");
  let commandLine;
  let source;
  const deps = [];
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2];
    const cmd = /^(?:saved)?cmd_\S+ := (.*)$/.exec(line);
    if (cmd && commandLine === void 0) {
      commandLine = cmd[1];
      continue;
    }
    const src = /^source_\S+ := (.*)$/.exec(line);
    if (src) {
      source = src[1].trim();
      continue;
    }
    if (/^deps_\S+ := \\?$/.test(line)) {
      for (i2++; i2 < lines.length; i2++) {
        const d = lines[i2].trim();
        if (!d) break;
        const entry = d.replace(/\\$/, "").trim();
        if (entry && !entry.startsWith("$(wildcard")) deps.push(entry);
        if (!lines[i2].trimEnd().endsWith("\\")) break;
      }
    }
  }
  return commandLine === void 0 ? null : { commandLine, source, deps };
}
function shellSplit(commandLine) {
  const argv = [];
  let cur = "";
  let inWord = false;
  for (let i2 = 0; i2 < commandLine.length; i2++) {
    const c = commandLine[i2];
    if (c === "'") {
      const end = commandLine.indexOf("'", i2 + 1);
      cur += commandLine.slice(i2 + 1, end < 0 ? void 0 : end);
      i2 = end < 0 ? commandLine.length : end;
      inWord = true;
    } else if (c === '"') {
      for (i2++; i2 < commandLine.length && commandLine[i2] !== '"'; i2++) {
        if (commandLine[i2] === "\\" && '"\\$`'.includes(commandLine[i2 + 1] ?? "")) i2++;
        cur += commandLine[i2];
      }
      inWord = true;
    } else if (c === "\\") {
      cur += commandLine[++i2] ?? "";
      inWord = true;
    } else if (c === ";" || c === "&" && commandLine[i2 + 1] === "&" || c === "|" && commandLine[i2 + 1] === "|") {
      break;
    } else if (/\s/.test(c)) {
      if (inWord) argv.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(cur);
  return argv;
}
function repoRelative(p, sourceDir, outputDir) {
  const abs = path6.isAbsolute(p) ? p : path6.resolve(outputDir, p);
  const rel = path6.relative(sourceDir, abs);
  return rel.startsWith("..") || path6.isAbsolute(rel) ? null : rel;
}
function moduleOwners(modFiles) {
  const owners = /* @__PURE__ */ new Map();
  for (const f of modFiles) {
    const ko = f.path.replace(/\.mod$/, ".ko");
    for (const obj of f.text.split(/\s+/).filter((s) => s.endsWith(".o"))) owners.set(obj, ko);
  }
  return owners;
}
function kbuildProgressLine(line) {
  const m = /^\s{2}(CC|CC \[M\]|LD|LD \[M\]|AR)\s+(\S+)$/.exec(line);
  return m ? `[${m[1]}] ${m[2]}` : null;
}

// src/compile/kbuild-outdir.ts
import { createHash as createHash2 } from "node:crypto";
import fs6 from "node:fs";
import path7 from "node:path";
async function changedPaths(srcDir, a, b) {
  const out2 = await git(srcDir, ["diff", "--name-only", "--no-renames", a, b]);
  return out2.split("\n").filter(Boolean);
}
var OUT_DIR_NAME = ".lpg-out";
var STATE_FILE = ".livepatch-gate.json";
var MAX_SOURCES = 16;
function readOutDirState(out2) {
  try {
    const s = JSON.parse(fs6.readFileSync(path7.join(out2, STATE_FILE), "utf8"));
    const q = s.query;
    const query = q && typeof q.at === "string" && (q.want === "all" || Array.isArray(q.want) && q.want.every((d) => typeof d === "string")) ? q : void 0;
    return { ...s, query, sources: Array.isArray(s.sources) ? s.sources.filter((c) => typeof c === "string") : [] };
  } catch {
    return { sources: [] };
  }
}
function saveOutDirState(out2, state) {
  writeFileReplacing(path7.join(out2, STATE_FILE), JSON.stringify(state));
}
function writeFileReplacing(file, text) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs6.writeFileSync(tmp, text);
  fs6.renameSync(tmp, file);
}
function configStampOf(inputs) {
  return createHash2("sha256").update(JSON.stringify(inputs)).digest("hex");
}
function configurationInputs(paths, configFile) {
  return paths.filter(
    (p) => /(^|\/)Kconfig[^/]*$/.test(p) || /^arch\/[^/]+\/configs\//.test(p) || p.startsWith("scripts/") || p === "Makefile" || /^arch\/[^/]+\/Makefile/.test(p) || configFile !== null && p === configFile
  );
}
function isKbuildMakefile(p) {
  return /^(Makefile|Kbuild)[^/]*$|\.mk$/.test(path7.posix.basename(p));
}
function outDirFiles(out2, keep) {
  const res = [];
  const walk = (rel) => {
    for (const e of fs6.readdirSync(path7.join(out2, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== "source" && !e.name.startsWith(".tmp") && !e.name.startsWith(".livepatch-gate")) walk(r);
      } else if (keep(e.name)) res.push(r);
    }
  };
  if (fs6.existsSync(out2)) walk("");
  return res.sort();
}
function objectOfCmd(cmdFile) {
  const dir = path7.posix.dirname(cmdFile);
  const made = path7.posix.basename(cmdFile).slice(1, -".cmd".length);
  return dir === "." ? made : `${dir}/${made}`;
}
function objectCmdFiles(out2) {
  return outDirFiles(out2, (name2) => name2.startsWith(".") && name2.endsWith(".o.cmd"));
}
function cmdPath(out2, object) {
  return path7.join(out2, path7.dirname(object), `.${path7.basename(object)}.cmd`);
}
async function configuredFor(srcDir, state, stamp, commit, configFile) {
  if (state.configStamp !== stamp || !state.configuredAt) return { ok: false, why: state.configStamp ? "the configuration, flags or toolchain changed" : "not configured yet" };
  if (state.configuredAt === commit) return { ok: true, why: "configured at this commit" };
  let changed;
  try {
    changed = await changedPaths(srcDir, state.configuredAt, commit);
  } catch {
    return { ok: false, why: `configured at ${state.configuredAt.slice(0, 12)}, a commit this repository does not have` };
  }
  const inputs = configurationInputs(changed, configFile);
  return inputs.length === 0 ? { ok: true, why: `no configuration input changed since ${state.configuredAt.slice(0, 12)}` } : { ok: false, why: `${describePaths(inputs)} changed since ${state.configuredAt.slice(0, 12)} (configuration input${inputs.length > 1 ? "s" : ""})` };
}
async function alignTimestamps(srcDir, out2, state, commit) {
  if (state.sources.length === 0 || state.sources.length > MAX_SOURCES) return null;
  const changed = /* @__PURE__ */ new Set();
  try {
    for (const c of state.sources) if (c !== commit) for (const p of await changedPaths(srcDir, c, commit)) changed.add(p);
  } catch {
    return null;
  }
  const t = /* @__PURE__ */ new Date();
  setTreeTime(out2, t);
  while (Date.now() <= t.getTime() + 5) await new Promise((r) => setTimeout(r, 5));
  const later = /* @__PURE__ */ new Date();
  for (const p of changed) {
    try {
      fs6.utimesSync(path7.join(srcDir, p), later, later);
    } catch {
    }
  }
  return [...changed].sort();
}
function setTreeTime(dir, t) {
  for (const e of fs6.readdirSync(dir, { withFileTypes: true })) {
    const p = path7.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) setTreeTime(p, t);
    fs6.utimesSync(p, t, t);
  }
}
async function addedPaths(srcDir, a, b) {
  const out2 = await git(srcDir, ["diff", "--name-only", "--no-renames", "--diff-filter=A", a, b]);
  return out2.split("\n").filter(Boolean);
}
function isFullBuildProduct(rel) {
  if (rel.startsWith(".livepatch-gate")) return true;
  if (/^(scripts|tools)\//.test(rel)) return false;
  const name2 = path7.posix.basename(rel);
  return /\.(o|a|ko|mod|lds|symvers|order|builtin|modinfo|cpio|bin|elf|map|gz|xz|lzma|lzo|lz4|zst|bz2)$/.test(name2) || /\.mod\.c$/.test(name2) || /\.c\.\d{3}[a-z]\.[a-z0-9-]+$/.test(name2) || /^\..*\.(o|a|ko|mod|lds)\.cmd$/.test(name2) || /^\..*\.d$/.test(name2) || /^(vmlinux(\..*)?|System\.map|bzImage|Image|zImage|modules\..*|\.modules\..*|\.vmlinux\..*)$/.test(name2) || /(^|\/)\.tmp_/.test(rel);
}
function copyPreparedFiles(from, to) {
  fs6.rmSync(to, { recursive: true, force: true });
  fs6.mkdirSync(to, { recursive: true });
  let files = 0;
  let bytes = 0;
  const walk = (rel) => {
    for (const e of fs6.readdirSync(path7.join(from, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (isFullBuildProduct(r)) continue;
      const src = path7.join(from, r);
      const dst = path7.join(to, r);
      if (e.isSymbolicLink()) {
        fs6.symlinkSync(fs6.readlinkSync(src), dst);
      } else if (e.isDirectory()) {
        fs6.mkdirSync(dst);
        walk(r);
      } else if (e.isFile()) {
        const st = fs6.statSync(src);
        fs6.copyFileSync(src, dst, fs6.constants.COPYFILE_FICLONE);
        fs6.chmodSync(dst, st.mode & 4095);
        files++;
        bytes += st.size;
      }
    }
  };
  walk("");
  return { files, bytes };
}
async function copyOutDir(from, to, run3) {
  fs6.rmSync(to, { recursive: true, force: true });
  await run3(["cp", "-a", "--reflink=auto", from, to]);
}
function describePaths(files) {
  return files.length <= 3 ? files.join(", ") : `${files.slice(0, 3).join(", ")} and ${files.length - 3} more`;
}
function preparedArchitectures(out2) {
  const arch = path7.join(out2, "arch");
  const dirs = fs6.existsSync(arch) ? fs6.readdirSync(arch) : [];
  return dirs.filter((d) => fs6.existsSync(path7.join(arch, d, "include", "generated"))).sort();
}
function moduleOwnersIn(out2) {
  return moduleOwners(outDirFiles(out2, (name2) => name2.endsWith(".mod")).map((rel) => ({ path: rel, text: fs6.readFileSync(path7.join(out2, rel), "utf8") })));
}

// src/compile/object-ledger.ts
var LEDGER = ".livepatch-gate-objects.json";
function invalidateUnproven(out2, objects) {
  const ledger = readLedger(out2);
  const read = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const entry = ledger[object];
    delete ledger[object];
    const proven = entry !== void 0 && fileSha(path8.join(out2, object)) === entry.object && inputsSha(out2, object, read) === entry.inputs && dumpSha(out2, object) === entry.dump;
    if (!proven) {
      for (const f of [path8.join(out2, object), cmdPath(out2, object), dumpFileOf(out2, object)]) fs7.rmSync(f, { force: true });
    }
  }
  fs7.writeFileSync(path8.join(out2, LEDGER), JSON.stringify(ledger));
}
function recordProven(out2, objects) {
  const ledger = readLedger(out2);
  const read = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const sha = fileSha(path8.join(out2, object));
    if (sha === null) continue;
    ledger[object] = { object: sha, dump: dumpSha(out2, object), inputs: inputsSha(out2, object, read) ?? "" };
  }
  fs7.writeFileSync(path8.join(out2, LEDGER), JSON.stringify(ledger));
}
function readLedger(out2) {
  try {
    return JSON.parse(fs7.readFileSync(path8.join(out2, LEDGER), "utf8"));
  } catch {
    return {};
  }
}
function fileSha(file) {
  try {
    return createHash3("sha256").update(fs7.readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}
function dumpFileOf(out2, object) {
  return path8.join(out2, object.replace(/\.o$/, ".c.000i.ipa-clones"));
}
function dumpSha(out2, object) {
  return fileSha(dumpFileOf(out2, object));
}
function inputsSha(out2, object, read) {
  const file = cmdPath(out2, object);
  if (!fs7.existsSync(file)) return null;
  const text = fs7.readFileSync(file, "utf8");
  const cmd = parseKbuildCmd(text);
  if (!cmd) return null;
  const hash = createHash3("sha256").update(text);
  for (const dep of [cmd.source ?? "", ...cmd.deps]) {
    const abs = path8.isAbsolute(dep) ? dep : path8.join(out2, dep);
    let content = read.get(abs);
    if (content === void 0) {
      content = fileSha(abs) ?? "(missing)";
      read.set(abs, content);
    }
    hash.update(`\0${dep}\0${content}`);
  }
  return hash.digest("hex");
}
function provenObjects(out2) {
  return Object.keys(readLedger(out2));
}

// src/compile/build-inputs.ts
import fs8 from "node:fs";
import path9 from "node:path";
var isConfigurationInput = (p, configFile) => configurationInputs([p], configFile).length > 0;
function classifyBuildInputs(changed, srcArch, configFile, namedByBuild) {
  const res = { dirs: [], global: [], config: [] };
  const askBuild = [];
  for (const p of changed) {
    const base = path9.posix.basename(p);
    const dir = path9.posix.dirname(p);
    const arch = /^arch\/([^/]+)\//.exec(p)?.[1];
    if (arch !== void 0 && arch !== srcArch) continue;
    if (p === configFile || /^Kconfig/.test(base) || /^arch\/[^/]+\/configs\//.test(p)) res.config.push(p);
    else if (isKbuildMakefile(p)) {
      const global = dir === "." || dir === `arch/${srcArch}` || p.startsWith("scripts/") || p.startsWith("tools/") || base.endsWith(".mk") || base === "Kbuild.include";
      if (global) res.global.push(p);
      else res.dirs.push(dir);
    } else if (!/\.(c|h|S)$/.test(base)) askBuild.push(p);
    else if (/^(scripts|tools)\//.test(p)) askBuild.push(p);
  }
  if (askBuild.length > 0) {
    const named = namedByBuild(askBuild);
    res.global.push(...askBuild.filter((p) => named.has(p)));
  }
  res.dirs = [...new Set(res.dirs)].sort();
  res.global.sort();
  res.config.sort();
  return res;
}
function objectsUnder(objects, dirs) {
  return [...objects].filter((o) => dirs.some((d) => o.startsWith(d + "/"))).sort();
}
function configDifference(base, head) {
  const names = /* @__PURE__ */ new Set([...base.keys(), ...head.keys()]);
  return [...names].filter((n) => base.get(n) !== head.get(n)).sort();
}
function namedInCmdFiles(out2, paths, except = /* @__PURE__ */ new Set()) {
  const named = /* @__PURE__ */ new Set();
  const patterns = paths.map((p) => ({ p, re: new RegExp(`(^|[\\s/='"])${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[\\s:;)'"])`, "m") }));
  for (const rel of outDirFiles(out2, (name2) => name2.startsWith(".") && name2.endsWith(".cmd"))) {
    if (named.size === paths.length) break;
    if (except.has(objectOfCmd(rel))) continue;
    const text = fs8.readFileSync(path9.join(out2, rel), "utf8");
    for (const { p, re } of patterns) if (!named.has(p) && re.test(text)) named.add(p);
  }
  return named;
}
function prepareInputsChanged(changed, configFile, namedByBuild) {
  const decisive = changed.filter((p) => isConfigurationInput(p, configFile) || isKbuildMakefile(p) || p.startsWith("tools/"));
  if (decisive.length > 0) return `${decisive[0]}${decisive.length > 1 ? ` and ${decisive.length - 1} more` : ""} changed`;
  if (changed.length === 0) return null;
  const named = [...namedByBuild(changed)];
  return named.length > 0 ? `${named[0]}${named.length > 1 ? ` and ${named.length - 1} more` : ""}, read by what prepare made, changed` : null;
}

// src/compile/kernel-run.ts
import path10 from "node:path";
function record(run3, patch) {
  run3.state = { ...run3.state, ...patch };
  saveOutDirState(run3.out, run3.state);
}
function baseOutDir(ctx) {
  return path10.join(ctx.workDir, "base", "src", OUT_DIR_NAME);
}
function repoPathOf(run3) {
  return run3.configFile ? repoRelative(run3.configFile, run3.ctx.srcDir, run3.ctx.srcDir) : null;
}

// src/compile/kernel-select.ts
import fs11 from "node:fs";
import path13 from "node:path";

// src/compile/includers.ts
import fs9 from "node:fs";
import path11 from "node:path";
var INCLUDE_LINE = /^\s*#\s*include(?:_next)?\s*([<"])([^>"]+)[>"]/;
function parseIncludeGrep(out2) {
  const res = [];
  for (const line of out2.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const inc = INCLUDE_LINE.exec(line.slice(colon + 1));
    if (inc) res.push({ file: line.slice(0, colon), quoted: inc[1] === '"', spec: inc[2] });
  }
  return res;
}
function includeMatches(includer, spec, quoted, header, srcArch, exists) {
  if (quoted) {
    const local = path11.posix.normalize(path11.posix.join(path11.posix.dirname(includer), spec));
    if (local === header) return true;
    if (exists?.(local)) return false;
  }
  const tail = spec.replace(/^(\.\.?\/)+/, "");
  if (header !== tail && !header.endsWith("/" + tail)) return false;
  const arch = /^arch\/([^/]+)\//.exec(header);
  return !arch || arch[1] === srcArch;
}
var IncludeGraph = class {
  /** `files`: every file of the tree, when known: a quoted include of a file beside its includer then
   *  resolves only there (without it, `"common.h"` matches every common.h of the tree). */
  constructor(edges, files) {
    this.files = files;
    for (const e of edges) {
      const name2 = path11.posix.basename(e.spec);
      const list = this.byName.get(name2);
      if (list) list.push(e);
      else this.byName.set(name2, [e]);
    }
  }
  files;
  byName = /* @__PURE__ */ new Map();
  /**
   * Every file that includes one of `changed`, directly or through other files, and whether one of the
   * `forced` includes (`-include` on every compile command) is among them: then every TU is.
   */
  includersOf(changed, srcArch, forced = []) {
    const seen = new Set(changed);
    const queue = [...changed];
    const files = /* @__PURE__ */ new Set();
    while (queue.length > 0) {
      const target = queue.pop();
      for (const e of this.byName.get(path11.posix.basename(target)) ?? []) {
        if (seen.has(e.file) || !includeMatches(e.file, e.spec, e.quoted, target, srcArch, this.files && ((f) => this.files.has(f)))) continue;
        seen.add(e.file);
        files.add(e.file);
        queue.push(e.file);
      }
    }
    return { files, everyUnit: forced.some((f) => seen.has(f)) };
  }
};
async function readIncludeGraph(srcDir, outDir) {
  const out2 = await git(srcDir, ["grep", "-I", "--no-color", "-F", "-e", "include", "--", "*.c", "*.h"], { allowFailure: true });
  const files = (await git(srcDir, ["ls-files", "-z"])).split("\0").filter(Boolean);
  return includeGraphOf(parseIncludeGrep(out2), files, outDir);
}
function includeGraphOf(edges, files, outDir) {
  const all = new Set(files);
  const withGenerated = [...edges];
  for (const rel of outDirFiles(outDir, (name2) => name2.endsWith(".h"))) {
    all.add(rel);
    for (const line of fs9.readFileSync(path11.join(outDir, rel), "utf8").split("\n")) {
      const inc = INCLUDE_LINE.exec(line);
      if (inc) withGenerated.push({ file: rel, quoted: inc[1] === '"', spec: inc[2] });
    }
  }
  return new IncludeGraph(withGenerated, all);
}

// src/compile/recorded-deps.ts
import fs10 from "node:fs";
import path12 from "node:path";
function selectFromRecordedDeps(units, changed, drift, added, configFile = null) {
  const touched = /* @__PURE__ */ new Set([...changed, ...drift]);
  const blocking = [...[...touched].filter(isKbuildMakefile), ...configurationInputs([...touched], configFile)];
  if (blocking.length > 0) {
    const shown = [...new Set(blocking)].sort();
    return { ok: false, why: `${shown.slice(0, 3).join(", ")}${shown.length > 3 ? ` and ${shown.length - 3} more` : ""} changed (Kbuild or configuration input): the full build's records may not describe this commit's objects` };
  }
  const addedNames = new Set(added.map((p) => path12.posix.basename(p)));
  const selected = [];
  const reached = /* @__PURE__ */ new Set();
  for (const u of units) {
    if (touched.has(u.source)) reached.add(u.source);
    for (const d of u.deps) if (touched.has(d)) reached.add(d);
    if (!u.dumped) continue;
    const hit = touched.has(u.source) || u.deps.some((d) => touched.has(d) || addedNames.has(path12.posix.basename(d)));
    if (hit) selected.push(u);
  }
  const dumpedReach = new Set(selected.flatMap((u) => [u.source, ...u.deps]));
  const notBuilt2 = [];
  for (const source of [...touched].filter((p) => p.endsWith(".c")).sort()) {
    if (dumpedReach.has(source)) continue;
    notBuilt2.push({
      source,
      reason: reached.has(source) ? "the full build compiles it only without the dump flags (a host program, boot or vDSO code: not part of vmlinux or a module)" : "no object of the full build of this configuration is compiled from it or includes it"
    });
  }
  selected.sort((a, b) => a.source.localeCompare(b.source) || a.object.localeCompare(b.object));
  return { ok: true, units: selected, notBuilt: notBuilt2 };
}
function readRecordedUnits(srcDir, out2) {
  const units = [];
  const resolved = /* @__PURE__ */ new Map();
  const toRepo = (p) => {
    let r = resolved.get(p);
    if (r === void 0) resolved.set(p, r = repoRelative(p, srcDir, out2));
    return r;
  };
  for (const rel of objectCmdFiles(out2)) {
    const cmd = parseKbuildCmd(fs10.readFileSync(path12.join(out2, rel), "utf8"));
    if (!cmd?.source?.endsWith(".c")) continue;
    const source = toRepo(cmd.source);
    if (!source) continue;
    const object = objectOfCmd(rel);
    const deps = cmd.deps.map(toRepo).filter((d) => d !== null && d !== source);
    units.push({ object, source, deps, dumped: cmd.commandLine.includes("-fdump-ipa-clones") });
  }
  return units;
}

// src/compile/kernel-select.ts
async function selectObjects(run3, makefileDirs) {
  const { ctx, out: out2 } = run3;
  ctx.phase("select");
  const present = ctx.changedPaths.filter((p) => fs11.existsSync(path13.join(ctx.srcDir, p)));
  const cFiles = present.filter((p) => p.endsWith(".c"));
  const includables = new Set(present.filter((p) => p.endsWith(".h")));
  const res = { targets: [], notBuilt: [], warnings: [], includables, candidates: 0 };
  const srcArch = run3.arch.srcArch;
  let inv = await walkKbuild(run3, makefileDirs.length > 0 ? null : [".", ...cFiles.map((f) => path13.posix.dirname(f))]);
  const unbuilt = /* @__PURE__ */ new Map();
  for (const source of cFiles) {
    const v = sourceVerdict(inv, source);
    if (v.built) res.targets.push({ source, object: v.object.object, owner: v.object.owner });
    else unbuilt.set(source, v.reason);
  }
  const selected = new Set(res.targets.map((t) => t.object));
  const underMakefiles = objectsUnder(inv.objects.keys(), makefileDirs).filter((o) => !selected.has(o));
  for (const object of underMakefiles) {
    const found2 = inv.objects.get(object);
    const source = object.replace(/\.o$/, ".c");
    if (found2 && fs11.existsSync(path13.join(ctx.srcDir, source))) res.targets.push({ source, object, owner: found2.owner });
  }
  if (makefileDirs.length > 0) ctx.progress(`${describePaths(makefileDirs.map((d) => `${d}/Makefile`))} changed: ${plural(res.targets.length - selected.size, "object")} Kbuild links from there compiled on both sides`);
  for (const source of unbuilt.keys()) includables.add(source);
  if (includables.size === 0) return res;
  const started = Date.now();
  const graph = await readIncludeGraph(ctx.srcDir, out2);
  const forced = inv.forcedIncludes.map((f) => repoRelative(f, ctx.srcDir, out2)).filter((f) => f !== null);
  const found = graph.includersOf([...includables], srcArch, forced);
  const candidateSources = [...found.files].filter((f) => f.endsWith(".c"));
  ctx.progress(`include graph: ${candidateSources.length} C files may include ${describePaths([...includables])}${found.everyUnit ? " (through a file every TU is compiled with)" : ""} (${((Date.now() - started) / 1e3).toFixed(1)} s)`);
  if (found.everyUnit || candidateSources.length > 0) {
    inv = await walkKbuild(run3, found.everyUnit ? null : [".", ...candidateSources.map((f) => path13.posix.dirname(f))]);
  }
  const already = new Set(res.targets.map((t) => t.source));
  const includerSources = found.everyUnit ? [...inv.objects.keys()].map((o) => o.replace(/\.o$/, ".c")).filter((s) => fs11.existsSync(path13.join(ctx.srcDir, s))) : candidateSources;
  for (const source of includerSources.sort()) {
    if (already.has(source)) continue;
    const v = sourceVerdict(inv, source);
    if (!v.built) continue;
    res.targets.push({ source, object: v.object.object, owner: v.object.owner, includerOf: true });
    res.candidates++;
  }
  ctx.progress(`Kbuild builds ${res.candidates} of them`);
  res.targets.sort((a, b) => a.source.localeCompare(b.source));
  if (res.candidates > 500) {
    res.warnings.push({ source: "build", message: `${res.candidates} translation units may include ${describePaths([...includables])}: a full build may be faster` });
  }
  for (const [source, reason] of unbuilt) {
    const includedBy = graph.includersOf([source], srcArch, forced);
    const built = [...includedBy.files].some((f) => f.endsWith(".c") && sourceVerdict(inv, f).built);
    if (!built) res.notBuilt.push({ source, reason });
  }
  return res;
}
async function selectFromFullBuild(run3) {
  const { ctx } = run3;
  ctx.phase("select");
  const started = Date.now();
  const baseOut = baseOutDir(ctx);
  const builtAt = readOutDirState(baseOut).fullBuildAt;
  if (!builtAt || !fs11.existsSync(path13.join(baseOut, "vmlinux"))) {
    ctx.progress("includers: base's output dir holds no complete full build: asking Kbuild and the include graph");
    return null;
  }
  let drift = [];
  let added = ctx.changedPaths.filter((p) => !fs11.existsSync(path13.join(ctx.srcDir, p)));
  if (builtAt !== ctx.commit) {
    try {
      drift = await changedPaths(ctx.srcDir, builtAt, ctx.commit);
      added = await addedPaths(ctx.srcDir, builtAt, ctx.commit);
    } catch {
      ctx.progress(`includers: the full build's commit ${builtAt.slice(0, 12)} is not in this repository: asking Kbuild and the include graph`);
      return null;
    }
  }
  const units = recordedUnitsOf(path13.join(ctx.workDir, "base", "src"), baseOut, builtAt);
  const selected = selectFromRecordedDeps(units, ctx.changedPaths, drift, added, repoPathOf(run3));
  if (!selected.ok) {
    ctx.progress(`includers: ${selected.why}: asking Kbuild and the include graph instead`);
    return null;
  }
  const owners = moduleOwnersIn(baseOut);
  const targets = selected.units.map((u) => ({ source: u.source, object: u.object, owner: owners.get(u.object) ?? "vmlinux" }));
  ctx.progress(
    `includers from the full build's records (${units.length} objects' compiler deps, built at ${builtAt.slice(0, 12)}): ${plural(targets.length, "object")} read ${describePaths([.../* @__PURE__ */ new Set([...ctx.changedPaths, ...drift])]) || "a changed file (none changed)"} (${((Date.now() - started) / 1e3).toFixed(1)} s)`
  );
  return { targets, notBuilt: selected.notBuilt, warnings: [], includables: /* @__PURE__ */ new Set(), candidates: 0 };
}
var recordedUnitsRead = /* @__PURE__ */ new Map();
function recordedUnitsOf(srcDir, out2, builtAt) {
  const key = `${out2}\0${builtAt}`;
  let units = recordedUnitsRead.get(key);
  if (!units) {
    recordedUnitsRead.clear();
    units = readRecordedUnits(srcDir, out2);
    recordedUnitsRead.set(key, units);
  }
  return units;
}
async function walkKbuild(run3, want) {
  const { ctx, out: out2 } = run3;
  const started = Date.now();
  const mk = path13.join(out2, ".livepatch-gate-query.mk");
  const answers = path13.join(out2, ".livepatch-gate-query");
  const wanted = want === null ? [] : [...new Set(want)].sort();
  if (want !== null && wanted.length === 0) throw new Error("walkKbuild: an empty directory list would walk the whole tree");
  const before = await validQuery(run3, answers);
  const covered = before !== null && (before.want === "all" || want !== null && wanted.every((d) => before.want.includes(d)));
  if (!covered) {
    record(run3, { query: void 0 });
    if (before === null) fs11.rmSync(answers, { recursive: true, force: true });
    fs11.mkdirSync(answers, { recursive: true });
    fs11.writeFileSync(mk, KBUILD_QUERY_MK);
    await run3.make(["-s", `MAKEFILES=${mk}`, `LPG_OBJTREE=${fs11.realpathSync(out2)}`, `LPG_OUT=${answers}`, `LPG_WANT=${wanted.join(" ")}`, "lpg-walk"]);
  }
  const walked = want === null || before?.want === "all" ? "all" : [.../* @__PURE__ */ new Set([...before?.want ?? [], ...wanted])].sort();
  record(run3, { query: { at: ctx.commit, want: walked } });
  const inv = parseKbuildWalk(fs11.readdirSync(answers).map((f) => fs11.readFileSync(path13.join(answers, f), "utf8")).join("\n"));
  ctx.progress(`Kbuild query${covered ? " (answers of an earlier walk, no Makefile changed since)" : ""}: ${inv.dirs.size} directories, ${inv.objects.size} linked objects (${((Date.now() - started) / 1e3).toFixed(1)} s)`);
  return inv;
}
async function validQuery(run3, answers) {
  const q = run3.state.query;
  if (!q || !fs11.existsSync(answers)) return null;
  if (q.at === run3.ctx.commit) return q;
  const changed = await changedPaths(run3.ctx.srcDir, q.at, run3.ctx.commit).catch(() => null);
  if (changed === null) return null;
  return changed.some(isKbuildMakefile) || configurationInputs(changed, repoPathOf(run3)).length > 0 ? null : q;
}

// src/compile/kernel-build.ts
var LIVEPATCH_SYMBOLS = ["FTRACE", "FUNCTION_TRACER", "DYNAMIC_FTRACE", "KALLSYMS", "KALLSYMS_ALL", "MODULES", "SYSFS", "LIVEPATCH"];
var KBUILD_ENV = {
  KBUILD_BUILD_TIMESTAMP: "Thu Jan  1 00:00:00 UTC 1970",
  KBUILD_BUILD_USER: "livepatch-gate",
  KBUILD_BUILD_HOST: "livepatch-gate",
  GIT_DIR: "/dev/null"
};
async function buildKernel(ctx, opts) {
  const run3 = openRun(ctx, opts);
  ctx.phase("output dir");
  dropOtherArchitecture(run3);
  await adoptOutDir(run3);
  await alignWithSources(run3);
  await configure(run3);
  checkLivepatch(run3);
  if (opts.fullBuild) {
    await buildEverything(run3);
    return { outputDir: run3.out, linked: true, units: collectAllUnits(ctx, run3.out, run3.warnings), notBuilt: run3.notBuilt, gaps: [], warnings: run3.warnings };
  }
  const fullBase = opts.baseFull === true && ctx.side === "base";
  if (fullBase) await ensureFullBuild(run3);
  else await prepare(run3);
  checkPreparedArchitecture(run3);
  const inputs = changedBuildInputs(run3);
  const selection = (opts.baseFull ? await selectFromFullBuild(run3) : null) ?? await selectObjects(run3, inputs.dirs);
  run3.notBuilt.push(...selection.notBuilt);
  run3.warnings.push(...selection.warnings);
  await buildObjects(run3, selection.targets);
  const units = unitsOf(run3, selection);
  return { outputDir: run3.out, ...fullBase ? { linked: true } : {}, units, notBuilt: run3.notBuilt, gaps: unboundedInputs(run3, inputs), warnings: run3.warnings };
}
function changedBuildInputs(run3) {
  return classifyBuildInputs(run3.ctx.changedPaths, run3.arch.srcArch, repoPathOf(run3), (paths) => namedInCmdFiles(run3.out, paths));
}
function unboundedInputs(run3, inputs) {
  const { ctx } = run3;
  if (ctx.side !== "head") return [];
  const advice2 = "run with full-build: true (--full-build), which compiles and compares every object: the kernel fast path compiles only what the changed C files, headers and directory Makefiles reach, so it cannot tell which functions this changes";
  const gaps = inputs.global.map((source) => ({
    source,
    reason: `${source} can change how any object is built (a top-level or architecture Makefile, a make include, or a script, host program or generator input the build's commands name)`,
    advice: advice2
  }));
  if (inputs.config.length > 0) {
    const read = (dir) => parseDotConfig(fs12.readFileSync(path14.join(dir, ".config"), "utf8"));
    const differ = configDifference(read(baseOutDir(ctx)), read(run3.out));
    if (differ.length === 0) ctx.progress(`${describePaths(inputs.config)} changed, the configuration did not (base's and head's .config are equal)`);
    else {
      const shown = `${differ.slice(0, 5).join(", ")}${differ.length > 5 ? ` and ${differ.length - 5} more` : ""}`;
      gaps.push(...inputs.config.map((source) => ({ source, reason: `head's configuration differs from base's (${shown})`, advice: advice2 })));
    }
  }
  return gaps;
}
function openRun(ctx, opts) {
  const out2 = path14.join(ctx.srcDir, OUT_DIR_NAME);
  fs12.mkdirSync(out2, { recursive: true });
  linkOldLayout(ctx.sideDir, out2);
  const env = { ...process.env, ...KBUILD_ENV };
  const make = (args2, progress = false, line = kbuildProgressLine) => runLogged({
    side: ctx.side,
    argv: ["make", "-C", out2, "-f", path14.join(ctx.srcDir, "Makefile"), `-j${ctx.jobs}`, `KCFLAGS=${ctx.flags.join(" ")}`, ...crossMakeArgs(ctx), ...args2],
    cwd: out2,
    env,
    logFile: ctx.logFile,
    progress: progress ? line : void 0,
    onProgress: progress ? ctx.progress : void 0
  });
  const configSpec = opts.kernelConfig ?? "defconfig";
  const configFile = resolveConfigFile(configSpec, ctx);
  const configStamp = configStampOf({
    configSpec,
    text: configFile ? fs12.readFileSync(configFile, "utf8") : null,
    flags: ctx.flags,
    ...ctx.target ? { arch: ctx.target.arch.kernelArch, cross: ctx.target.crossCompile } : {}
  });
  return { ctx, opts, arch: targetArchitecture(ctx.target), out: out2, make, configFile, configStamp, state: readOutDirState(out2), warnings: [], notBuilt: [] };
}
function linkOldLayout(sideDir, out2) {
  const link = path14.join(sideDir, "out");
  const target = path14.relative(sideDir, out2);
  let st = null;
  try {
    st = fs12.lstatSync(link);
  } catch {
  }
  if (st?.isSymbolicLink() && fs12.readlinkSync(link) === target) return;
  if (st) fs12.rmSync(link, { recursive: true, force: true });
  fs12.symlinkSync(target, link);
}
async function adoptOutDir(run3) {
  const { ctx } = run3;
  if (ctx.side !== "head" || run3.opts.fullBuild) return;
  const own = await configuredFor(ctx.srcDir, run3.state, run3.configStamp, ctx.commit, repoPathOf(run3));
  if (own.ok && run3.state.preparedAt) return;
  const baseOut = baseOutDir(ctx);
  const baseState = readOutDirState(baseOut);
  if (!baseState.preparedAt) return;
  const shared = await configuredFor(ctx.srcDir, baseState, run3.configStamp, ctx.commit, repoPathOf(run3));
  if (!shared.ok) {
    ctx.progress(`configuring on its own, not sharing base's output dir: ${shared.why}`);
    return;
  }
  const started = Date.now();
  if (baseState.fullBuildAt) {
    const copied = copyPreparedFiles(baseOut, run3.out);
    record(run3, { configStamp: baseState.configStamp, configuredAt: baseState.configuredAt, preparedAt: baseState.fullBuildAt, fullBuildAt: void 0, query: void 0, sources: [baseState.fullBuildAt] });
    ctx.progress(`sharing base's configuration and prepared files (${shared.why}): ${copied.files} files, ${(copied.bytes / 1e6).toFixed(1)} MB of base's full build copied (no objects) in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
    return;
  }
  await copyOutDir(baseOut, run3.out, (argv) => runLogged({ side: ctx.side, argv, cwd: ctx.sideDir, env: process.env, logFile: ctx.logFile }));
  run3.state = readOutDirState(run3.out);
  ctx.progress(`sharing base's configuration and prepared output dir (${shared.why}): copied in ${((Date.now() - started) / 1e3).toFixed(1)} s`);
}
function dropOtherArchitecture(run3) {
  const others = preparedArchitectures(run3.out).filter((a) => a !== run3.arch.srcArch);
  if (others.length === 0) return;
  run3.ctx.progress(`output dir holds a build for ${others.map((a) => `arch/${a}`).join(", ")}, not arch/${run3.arch.srcArch} (${run3.arch.name}): emptied`);
  fs12.rmSync(run3.out, { recursive: true, force: true });
  fs12.mkdirSync(run3.out);
  run3.state = { sources: [] };
}
function checkPreparedArchitecture(run3) {
  const prepared = preparedArchitectures(run3.out);
  if (prepared.length !== 1 || prepared[0] !== run3.arch.srcArch) {
    throw new Error(`make prepare left generated headers for ${prepared.map((a) => `arch/${a}`).join(", ") || "no architecture"} in ${run3.out}, expected arch/${run3.arch.srcArch} only (ARCH=${run3.arch.kernelArch})`);
  }
}
async function alignWithSources(run3) {
  const { ctx, state } = run3;
  const upToDate = ctx.worktree === "reused" && state.sources.length === 1 && state.sources[0] === ctx.commit;
  if (!upToDate && fs12.readdirSync(run3.out).length > 0) {
    const changed = await alignTimestamps(ctx.srcDir, run3.out, state, ctx.commit);
    if (changed === null) {
      ctx.progress("output dir of unknown origin: emptied");
      fs12.rmSync(run3.out, { recursive: true, force: true });
      fs12.mkdirSync(run3.out);
      run3.state = { sources: [] };
    } else if (state.sources.some((c) => c !== ctx.commit)) {
      ctx.progress(`output dir built from ${state.sources.map((c) => c.slice(0, 12)).join(", ")}: ${plural(changed.length, "changed file")} marked newer than its outputs, make redoes what depends on them`);
    }
  }
  if (!run3.state.sources.includes(ctx.commit)) record(run3, { sources: [...run3.state.sources, ctx.commit] });
}
async function configure(run3) {
  const { ctx, out: out2, make } = run3;
  const dotConfig = path14.join(out2, ".config");
  const current = await configuredFor(ctx.srcDir, run3.state, run3.configStamp, ctx.commit, repoPathOf(run3));
  if (current.ok && fs12.existsSync(dotConfig)) {
    if (run3.state.configuredAt !== ctx.commit) record(run3, { configuredAt: ctx.commit });
    return;
  }
  ctx.phase("configure");
  ctx.progress(`configuring (${run3.configFile ? path14.basename(run3.configFile) : run3.opts.kernelConfig ?? "defconfig"}): ${current.why}`);
  record(run3, { configStamp: void 0, configuredAt: void 0, preparedAt: void 0, fullBuildAt: void 0, query: void 0 });
  if (run3.configFile) {
    fs12.copyFileSync(run3.configFile, dotConfig);
    await make(["olddefconfig"]);
  } else {
    await make([run3.opts.kernelConfig ?? "defconfig"]);
  }
  if (parseDotConfig(fs12.readFileSync(dotConfig, "utf8")).get("CONFIG_LIVEPATCH") !== "y") {
    const enable = LIVEPATCH_SYMBOLS.flatMap((s) => ["--enable", s]);
    await runLogged({
      side: ctx.side,
      argv: ["bash", path14.join(ctx.srcDir, "scripts/config"), "--file", dotConfig, ...enable, "--disable", "TRIM_UNUSED_KSYMS"],
      cwd: ctx.srcDir,
      env: process.env,
      logFile: ctx.logFile
    });
    await make(["olddefconfig"]);
  }
  record(run3, { configStamp: run3.configStamp, configuredAt: ctx.commit });
}
function checkLivepatch(run3) {
  const config = parseDotConfig(fs12.readFileSync(path14.join(run3.out, ".config"), "utf8"));
  if (config.get("CONFIG_LIVEPATCH") === "y") return;
  const arch = run3.arch.kernelArch;
  run3.warnings.push({
    source: "build",
    message: config.get("CONFIG_HAVE_LIVEPATCH") !== "y" ? `live patching is not available for ARCH=${arch} in this kernel (the architecture does not select HAVE_LIVEPATCH), so CONFIG_LIVEPATCH cannot be enabled: the patch list shows what a live patch would have to replace, but this kernel cannot load one` : "CONFIG_LIVEPATCH is not enabled after olddefconfig (its dependencies, e.g. DYNAMIC_FTRACE_WITH_REGS/ARGS, are not available for this arch/config)"
  });
}
async function buildEverything(run3) {
  run3.ctx.phase("full build");
  run3.ctx.progress("full build (vmlinux + modules)");
  record(run3, { fullBuildAt: void 0 });
  await run3.make([], true);
  record(run3, { preparedAt: run3.ctx.commit, fullBuildAt: run3.ctx.commit, sources: [run3.ctx.commit] });
}
async function ensureFullBuild(run3) {
  const { ctx } = run3;
  const at = run3.state.fullBuildAt;
  if (at === ctx.commit && run3.state.sources.length === 1 && run3.state.sources[0] === ctx.commit && fs12.existsSync(path14.join(run3.out, "vmlinux"))) {
    ctx.progress(`full build of ${ctx.commit.slice(0, 12)} present (vmlinux + modules): no make`);
    return;
  }
  ctx.phase("full build");
  const keep = toolsKept(await changedSincePrepared(run3));
  ctx.progress(at ? `full build (vmlinux + modules), incremental from the full build of ${at.slice(0, 12)}` : "full build (vmlinux + modules)");
  record(run3, { fullBuildAt: void 0, preparedAt: void 0 });
  await run3.make([...keep, "prepare"], true, prepareProgressLine);
  await run3.make([], true);
  record(run3, { preparedAt: ctx.commit, fullBuildAt: ctx.commit, sources: [ctx.commit] });
  const started = Date.now();
  const objects = listCmdObjects(run3.out).filter((o) => fs12.readFileSync(cmdPath(run3.out, o), "utf8").includes("-fdump-ipa-clones"));
  recordProven(run3.out, objects);
  ctx.progress(`ledger: ${objects.length} objects of the full build recorded with their dumps and inputs (${((Date.now() - started) / 1e3).toFixed(1)} s)`);
}
async function changedSincePrepared(run3) {
  const before = run3.state.preparedAt;
  return before === void 0 ? null : changedPaths(run3.ctx.srcDir, before, run3.ctx.commit).catch(() => null);
}
function toolsKept(changed) {
  return changed === null || changed.some((p) => p.startsWith("tools/")) ? [] : PREPARED_TOOLS.flatMap((t) => ["-o", t]);
}
async function prepare(run3) {
  const { ctx } = run3;
  if (run3.state.preparedAt === ctx.commit) {
    ctx.progress("already prepared for this config, skipping make prepare");
    return;
  }
  ctx.phase("prepare");
  const before = run3.state.preparedAt;
  const changed = await changedSincePrepared(run3);
  if (before !== void 0) {
    const objects = new Set(provenObjects(run3.out));
    const why2 = changed === null ? `commit ${before.slice(0, 12)} unknown here` : prepareInputsChanged(changed, repoPathOf(run3), (paths) => namedInCmdFiles(run3.out, paths, objects));
    if (why2 === null) {
      ctx.progress(`make prepare skipped: nothing prepare made at ${before.slice(0, 12)} read a file that differs at this commit (Kbuild's .cmd records), and no makefile, configuration input or tools/ file changed`);
      record(run3, { preparedAt: ctx.commit, ...run3.state.fullBuildAt ? {} : { sources: [ctx.commit] } });
      return;
    }
    ctx.progress(`make prepare needed: ${why2}`);
  }
  const keep = toolsKept(changed);
  ctx.progress(before ? `make prepare (incremental: prepared at ${before.slice(0, 12)}${keep.length > 0 ? "; tools/ unchanged, objtool kept" : ""})` : "make prepare");
  record(run3, { preparedAt: void 0 });
  await run3.make([...keep, "prepare"], true, prepareProgressLine);
  record(run3, { preparedAt: ctx.commit, ...run3.state.fullBuildAt ? {} : { sources: [ctx.commit] } });
}
var PREPARED_TOOLS = ["tools/objtool", "tools/bpf/resolve_btfids"];
function prepareProgressLine(line) {
  const m = /^\s{2}(HOSTCC|HOSTLD|CC|UPD|LD|LINK|DESCEND)\s+(\S+)$/.exec(line);
  return m ? `prepare: [${m[1]}] ${m[2]}` : null;
}
async function buildObjects(run3, targets) {
  if (targets.length === 0) return;
  run3.ctx.phase("objects");
  const objects = targets.map((t) => t.object);
  invalidateUnproven(run3.out, objects);
  const full = run3.state.fullBuildAt === run3.ctx.commit && run3.state.sources.length === 1 && run3.state.sources[0] === run3.ctx.commit;
  if (full && objects.every((o) => fs12.existsSync(path14.join(run3.out, o)))) {
    run3.ctx.progress(`objects: all ${objects.length} from the full build of this commit, proven by the ledger: no make`);
    recordProven(run3.out, objects);
    return;
  }
  run3.ctx.progress(`objects: building ${targets.length}`);
  await run3.make(["-o", "prepare", ...objects], true, objectCounter(targets.length));
  recordProven(run3.out, objects);
}
function unitsOf(run3, selection) {
  const units = [];
  let notIncluding = 0;
  for (const t of selection.targets) {
    const unit = unitFromCmd(run3.ctx, run3.out, t.object, t.owner, run3.warnings);
    if (!unit) {
      run3.notBuilt.push({ source: t.source, reason: `Kbuild did not produce ${t.object} (no .cmd file)` });
      continue;
    }
    if (t.includerOf && !(unit.deps ?? []).some((d) => selection.includables.has(d))) {
      notIncluding++;
      continue;
    }
    units.push(unit);
  }
  if (selection.candidates > 0) {
    run3.ctx.progress(`${selection.candidates - notIncluding} of ${selection.candidates} candidate includers really include the changed files (compiler deps)`);
  }
  return units;
}
function crossMakeArgs(ctx) {
  const prefix = ctx.target?.crossCompile ?? "";
  return [...ctx.target ? [`ARCH=${ctx.target.arch.kernelArch}`] : [], ...prefix ? [`CROSS_COMPILE=${prefix}`] : []];
}
function objectCounter(total) {
  let done = 0;
  return (line) => {
    const p = kbuildProgressLine(line);
    if (!p || !p.startsWith("[CC")) return p;
    done = Math.min(done + 1, total);
    return `objects ${done}/${total} ${p}`;
  };
}
function resolveConfigFile(spec, ctx) {
  const candidates = path14.isAbsolute(spec) ? [spec] : [path14.join(ctx.srcDir, spec), path14.join(ctx.repo, spec)];
  for (const c of candidates) if (fs12.existsSync(c) && fs12.statSync(c).isFile()) return c;
  if (spec.includes("/") || spec.startsWith(".")) {
    throw new Error(`kernel config '${spec}' not found (looked in ${candidates.join(", ")})`);
  }
  return null;
}
function unitFromCmd(ctx, out2, object, owner, warnings) {
  const file = cmdPath(out2, object);
  if (!fs12.existsSync(file)) return null;
  const cmd = parseKbuildCmd(fs12.readFileSync(file, "utf8"));
  if (!cmd) {
    warnings.push({ source: "build", file, line: 1, message: "no cmd_/savedcmd_ line in Kbuild .cmd file" });
    return null;
  }
  const command = shellSplit(cmd.commandLine);
  const inv = parseCompileArgv(command);
  const srcArg = inv.sources[0] ?? cmd.source;
  if (!srcArg) return null;
  const source = repoRelative(srcArg, ctx.srcDir, out2);
  if (!source) return null;
  let dump = dumpPathFor(inv, srcArg, out2);
  if (!fs12.existsSync(dump)) {
    warnings.push({ source: "build", file: source, message: `no clone dump at ${dump} for ${object}` });
    dump = null;
  }
  const deps = cmd.deps.map((d) => repoRelative(d, ctx.srcDir, out2)).filter((d) => d !== null && d !== source);
  return { source, object: path14.join(out2, object), dump, command, cwd: out2, owner, deps };
}
function listCmdObjects(out2) {
  return objectCmdFiles(out2).map(objectOfCmd).sort();
}
function collectAllUnits(ctx, out2, warnings) {
  const owners = moduleOwnersIn(out2);
  const units = [];
  for (const object of listCmdObjects(out2)) {
    const text = fs12.readFileSync(cmdPath(out2, object), "utf8");
    if (!text.includes("-fdump-ipa-clones")) continue;
    const cmd = parseKbuildCmd(text);
    if (!cmd?.source?.endsWith(".c")) continue;
    const unit = unitFromCmd(ctx, out2, object, owners.get(object) ?? "vmlinux", warnings);
    if (unit) units.push(unit);
  }
  return units;
}

// src/compile/index.ts
var BASE_BUILDS = ["touched", "full"];
function baseBuildNamed(value) {
  const v = value.trim();
  if (BASE_BUILDS.includes(v)) return v;
  throw new Error(`must be ${BASE_BUILDS.join(" or ")}, not '${value}'`);
}
var DUMP_FLAGS = ["-fdump-ipa-clones", "-ffunction-sections", "-fdata-sections"];
async function detectProjectKind(dir) {
  try {
    const makefile = await fs13.promises.readFile(path15.join(dir, "Makefile"), "utf8");
    const kbuild = /^VERSION\s*=/m.test(makefile) && /^PATCHLEVEL\s*=/m.test(makefile);
    const rest = fs13.existsSync(path15.join(dir, "Kconfig")) && fs13.statSync(path15.join(dir, "arch")).isDirectory();
    return kbuild && rest ? "kernel" : "command";
  } catch {
    return "command";
  }
}
async function buildSide(plan, side, commit) {
  const started = Date.now();
  const workDir = path15.resolve(plan.workDir);
  const sideDir = path15.join(workDir, side);
  const srcDir = path15.join(sideDir, "src");
  const logFile = path15.join(sideDir, "build.log");
  fs13.mkdirSync(sideDir, { recursive: true });
  fs13.writeFileSync(logFile, `# livepatch-gate ${side} build of ${commit}
`);
  const progress = (line) => plan.onProgress?.(`${side}: ${line}`);
  let worktree;
  plan.onPhase?.(`${side} worktree`);
  try {
    worktree = await prepareWorktree(path15.resolve(plan.repo), srcDir, commit, { keep: OUT_DIR_NAME, ...side === "head" ? { linkFrom: path15.join(workDir, "base", "src") } : {} });
  } catch (e) {
    const command2 = e instanceof GitError ? `git ${e.args.join(" ")}` : `git worktree add ${srcDir} ${commit}`;
    throw new BuildError(side, command2, e.message);
  }
  progress(`worktree ${worktree} at ${commit.slice(0, 12)}`);
  const ccache = findCcache(plan.ccache ?? "auto");
  const ctx = {
    side,
    commit,
    repo: path15.resolve(plan.repo),
    workDir,
    sideDir,
    srcDir,
    logFile,
    flags: [...DUMP_FLAGS, ...plan.extraCflags],
    target: buildTarget(plan.arch, plan.crossCompile),
    jobs: plan.jobs ?? os2.availableParallelism(),
    ccache: ccache.path,
    changedPaths: plan.changedPaths,
    worktree,
    progress,
    phase: (name2) => plan.onPhase?.(`${side} ${name2}`)
  };
  const warnings = ccache.warning ? [ccache.warning] : [];
  const detected = await detectProjectKind(srcDir);
  const kind = plan.kind === "auto" ? detected : plan.kind;
  if (kind === "kernel" && detected !== "kernel") {
    throw new BuildError(
      side,
      "(none)",
      "",
      `${side} build: a kernel build was asked for (--kind kernel), but ${commit.slice(0, 12)} is not a Linux tree (no top Makefile with VERSION and PATCHLEVEL, Kconfig and arch/): use --kind auto, or --kind command with --build-command`
    );
  }
  if (kind === "kernel") {
    const out3 = await buildKernel(ctx, { kernelConfig: plan.kernelConfig, fullBuild: plan.fullBuild ?? false, baseFull: plan.baseBuild === "full" });
    return {
      side,
      commit,
      sourceDir: srcDir,
      outputDir: out3.outputDir,
      kind: "kernel",
      ...out3.linked ? { linked: true } : {},
      units: out3.units,
      notBuilt: out3.notBuilt,
      ...out3.gaps.length > 0 ? { gaps: out3.gaps } : {},
      seconds: (Date.now() - started) / 1e3,
      warnings: [...warnings, ...out3.warnings]
    };
  }
  const command = plan.command || (["Makefile", "makefile", "GNUmakefile"].some((f) => fs13.existsSync(path15.join(ctx.srcDir, f))) ? "make" : void 0);
  if (!command) {
    throw new BuildError(side, "(none)", "", `${side} build: not a Linux tree, no Makefile at the top, and no build command given (set build-command / --build-command, e.g. 'cmake -B build && cmake --build build')`);
  }
  if (!plan.command) ctx.progress("no build command given: using make (there is a Makefile)");
  ctx.phase("build");
  const out2 = await buildWithCommand(ctx, command);
  return {
    side,
    commit,
    sourceDir: srcDir,
    outputDir: srcDir,
    kind: "command",
    units: out2.units,
    notBuilt: [],
    gaps: out2.gaps,
    seconds: (Date.now() - started) / 1e3,
    warnings: [...warnings, ...out2.warnings]
  };
}
function findCcache(mode) {
  if (mode === "off") return {};
  for (const dir of (process.env.PATH ?? "").split(path15.delimiter)) {
    const p = path15.join(dir || ".", "ccache");
    try {
      fs13.accessSync(p, fs13.constants.X_OK);
      return { path: p };
    } catch {
    }
  }
  return mode === "on" ? { warning: { source: "build", message: "ccache requested but not found on PATH: building without it" } } : {};
}

// src/pipeline/gate.ts
import { readFile as readFile4 } from "node:fs/promises";

// src/policy/policy.ts
var import_yaml = __toESM(require_dist(), 1);

// src/policy/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function globProblem(glob) {
  if (glob.startsWith("!")) return `negated globs are not supported in an allow entry ('${glob}'): list what you accept instead`;
  try {
    import_picomatch.default.makeRe(toPicomatch(glob), OPTIONS);
  } catch (e) {
    return `not a valid glob ('${glob}'): ${e.message}`;
  }
  return null;
}
var OPTIONS = { dot: true, strictBrackets: true };
function toPicomatch(glob) {
  return glob.replace(/(^|[^\\])\[!/g, "$1[^");
}
var cache = /* @__PURE__ */ new Map();
function globMatches(glob, value) {
  let match = cache.get(glob);
  if (!match) {
    match = (0, import_picomatch.default)(toPicomatch(glob), OPTIONS);
    cache.set(glob, match);
  }
  return match(value);
}

// src/policy/policy.ts
var POLICY_PATH = ".github/livepatch-gate.yml";
var SEVERITIES = ["error", "warning", "notice"];
var PolicyError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PolicyError";
  }
};
var defaultPolicy = () => ({
  failOn: { severities: ["error"], rules: [] },
  rules: {},
  allow: [],
  failOnSource: "default"
});
var knownRules = () => new Set(ruleMetas.map((m) => m.id));
function fail(where, message) {
  throw new PolicyError(`${where}: ${message}`);
}
function describe(v) {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : JSON.stringify(v);
}
function parseFailOn(items, where) {
  const rules = knownRules();
  const out2 = { severities: [], rules: [] };
  const values = items.map((v, i2) => {
    if (typeof v !== "string" || v.trim() === "") fail(`${where}[${i2}]`, `expected a severity or rule id, got ${describe(v)}`);
    return v.trim();
  });
  if (values.includes("none")) {
    if (values.length > 1) fail(where, "'none' cannot be combined with other values");
    return out2;
  }
  values.forEach((v, i2) => {
    if (SEVERITIES.includes(v)) {
      if (!out2.severities.includes(v)) out2.severities.push(v);
    } else if (rules.has(v)) {
      if (!out2.rules.includes(v)) out2.rules.push(v);
    } else {
      fail(`${where}[${i2}]`, `unknown value '${v}': use error, warning, notice, none or a rule id (${[...rules].join(", ")})`);
    }
  });
  if (out2.severities.length === 0 && out2.rules.length === 0) fail(where, "empty: list severities or rule ids, or 'none'");
  return out2;
}
function parseFailOnValue(value) {
  return parseFailOn(value.split(/[\s,]+/).filter((s) => s !== ""), "fail-on input");
}
function parseRules(v) {
  if (v === null || v === void 0) return {};
  if (typeof v !== "object" || Array.isArray(v)) fail(`${POLICY_PATH}: rules`, `expected a mapping of rule id to severity, got ${describe(v)}`);
  const known = knownRules();
  const out2 = {};
  for (const [id, sev] of Object.entries(v)) {
    if (!known.has(id)) fail(`${POLICY_PATH}: rules.${id}`, `unknown rule id (known: ${[...known].join(", ")})`);
    if (typeof sev !== "string" || ![...SEVERITIES, "off"].includes(sev)) {
      fail(`${POLICY_PATH}: rules.${id}`, `expected error, warning, notice or off, got ${describe(sev)}`);
    }
    out2[id] = sev;
  }
  return out2;
}
function parseAllow(v) {
  if (v === null || v === void 0) return [];
  if (!Array.isArray(v)) fail(`${POLICY_PATH}: allow`, `expected a list of entries, got ${describe(v)}`);
  const known = knownRules();
  return v.map((entry, i2) => {
    const where = `${POLICY_PATH}: allow[${i2}]`;
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) fail(where, `expected a mapping, got ${describe(entry)}`);
    const e = entry;
    for (const key of Object.keys(e)) {
      if (!["rule", "symbol", "file", "reason"].includes(key)) fail(`${where}.${key}`, "unknown key (allowed: rule, symbol, file, reason)");
    }
    if (typeof e.rule !== "string" || e.rule === "") fail(`${where}.rule`, "is required: the rule id to allow");
    if (!known.has(e.rule)) fail(`${where}.rule`, `unknown rule id '${e.rule}' (known: ${[...known].join(", ")})`);
    if (typeof e.reason !== "string" || e.reason.trim() === "") {
      fail(`${where}.reason`, "is required: say why this finding is acceptable (it is shown in the report)");
    }
    const out2 = { rule: e.rule, reason: e.reason.trim() };
    for (const key of ["symbol", "file"]) {
      if (e[key] === void 0 || e[key] === null) continue;
      if (typeof e[key] !== "string" || e[key] === "") fail(`${where}.${key}`, `expected a non-empty string (glob), got ${describe(e[key])}`);
      const problem = globProblem(e[key]);
      if (problem) fail(`${where}.${key}`, problem);
      out2[key] = e[key];
    }
    return out2;
  });
}
function loadPolicy(text, failOnOverride) {
  const policy = defaultPolicy();
  if (text !== null && text.trim() !== "") {
    let doc;
    try {
      doc = (0, import_yaml.parse)(text);
    } catch (err2) {
      const e = err2;
      const line = err2 instanceof import_yaml.YAMLParseError && err2.linePos ? `:${err2.linePos[0].line}` : "";
      throw new PolicyError(`${POLICY_PATH}${line}: not valid YAML: ${e.message.split("\n")[0]}`);
    }
    if (doc !== null && doc !== void 0) {
      if (typeof doc !== "object" || Array.isArray(doc)) fail(POLICY_PATH, `expected a mapping at the top, got ${describe(doc)}`);
      const d = doc;
      for (const key of Object.keys(d)) {
        if (!["fail-on", "rules", "allow"].includes(key)) fail(`${POLICY_PATH}: ${key}`, "unknown key (allowed: fail-on, rules, allow)");
      }
      if (d["fail-on"] !== void 0 && d["fail-on"] !== null) {
        const f = d["fail-on"];
        policy.failOn = parseFailOn(Array.isArray(f) ? f : [f], `${POLICY_PATH}: fail-on`);
        policy.failOnSource = "config";
      }
      policy.rules = parseRules(d.rules);
      policy.allow = parseAllow(d.allow);
    }
  }
  if (failOnOverride !== void 0 && failOnOverride.trim() !== "") {
    policy.failOn = parseFailOnValue(failOnOverride);
    policy.failOnSource = "override";
  }
  return policy;
}
function allowFor(f, allow) {
  return allow.find(
    (a) => a.rule === f.ruleId && (a.symbol === void 0 || f.symbol !== void 0 && globMatches(a.symbol, f.symbol)) && (a.file === void 0 || f.file !== void 0 && globMatches(a.file, f.file))
  );
}
var compiledOut = (f) => f.configuration?.status === "compiled-out";
function applyPolicy(findings, policy) {
  const out2 = [];
  for (const original of findings) {
    const override = policy.rules[original.ruleId];
    if (override === "off") continue;
    const f = { ...original };
    if (override && !compiledOut(original)) f.severity = override;
    const allowed = allowFor(f, policy.allow);
    if (allowed) f.allowed = allowed.reason;
    out2.push(f);
  }
  const failing = out2.filter(
    (f) => !f.allowed && (policy.failOn.severities.includes(f.severity) || policy.failOn.rules.includes(f.ruleId) && !compiledOut(f))
  );
  const groups = /* @__PURE__ */ new Map();
  for (const f of failing) {
    const key = `${f.ruleId}\0${f.severity}`;
    groups.set(key, [...groups.get(key) ?? [], f]);
  }
  const reasons = [...groups.values()].map((group2) => {
    const { ruleId, severity } = group2[0];
    const names = [...new Set(group2.map((f) => f.symbol ?? f.file).filter((s) => s !== void 0))];
    const shown = names.slice(0, 3).map((n) => `'${n}'`).join(", ");
    const more = names.length > 3 ? ` and ${names.length - 3} more` : "";
    const because = policy.failOn.severities.includes(severity) ? "" : ` (fail-on lists ${ruleId})`;
    return `${plural(group2.length, severity)} from ${ruleId}${because}${shown ? `: ${shown}${more}` : ""}.`;
  });
  return { findings: out2, verdict: failing.length > 0 ? "fail" : "pass", reasons };
}

// src/report/build.ts
import { basename } from "node:path";
function buildReport(analysis, policyResult, meta) {
  const counted = policyResult.findings.filter((f) => !f.allowed);
  const count = (s) => counted.filter((f) => f.severity === s).length;
  const report = {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "livepatch-gate", version: meta.version },
    repo: analysis.repo,
    base: analysis.baseCommit,
    head: analysis.headCommit,
    // Fail closed: a changed function that was not compiled and compared is never a pass.
    verdict: analysis.notAnalysed.length > 0 ? "error" : policyResult.verdict,
    verdictReasons: [...notAnalysedReasons(analysis), ...policyResult.reasons],
    summary: {
      functionsToPatch: analysis.patch.reduce((n, o) => n + o.functions.length, 0),
      objects: analysis.patch.length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice")
    },
    patch: analysis.patch,
    newFunctions: analysis.newFunctions,
    vanished: analysis.vanished,
    notNeeded: analysis.notNeeded,
    unpatchable: analysis.unpatchable,
    findings: policyResult.findings,
    changes: { functions: analysis.changes.functions, other: analysis.changes.other },
    notBuilt: analysis.notBuilt,
    notAnalysed: analysis.notAnalysed,
    warnings: [...analysis.changes.warnings, ...analysis.warnings]
  };
  if (meta.pullRequest !== void 0) report.pullRequest = meta.pullRequest;
  if (analysis.comparison) report.comparison = analysis.comparison;
  if (analysis.sympos && analysis.patch.length > 0) report.symposFrom = symposFrom(analysis.sympos);
  if (meta.codestream) report.codestream = meta.codestream;
  if (analysis.livepatchIds.length > 0) report.livepatchIds = analysis.livepatchIds;
  return report;
}
function symposFrom(check) {
  const files = [...new Set(check.files.map((f) => basename(f)))];
  const named = files.length > 3 ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more` : files.join(", ");
  if (check.source === "production") return `the running kernel's symbols (${named})`;
  if (check.source === "build") return `the base full build's linked ${named || "images"}`;
  return "counted over the objects built (not checked against a vmlinux or System.map)";
}
function notAnalysedReasons(analysis) {
  const n = analysis.notAnalysed;
  if (n.length === 0) return [];
  const names = n.slice(0, 5).map((x) => x.function ? `'${x.function}' (${x.file})` : x.file);
  return [`could not analyse ${n.length} changed function${n.length === 1 ? "" : "s"} or object${n.length === 1 ? "" : "s"}: ${names.join(", ")}${n.length > 5 ? ", \u2026" : ""}; nothing about ${n.length === 1 ? "it" : "them"} was compiled and compared on both sides.`];
}

// src/report/cumulative.ts
function cumulativePatch(previous, current) {
  const sameBase = previous.base === current.base;
  const key = (object, f) => `${object}\0${f.symbol}\0${f.sympos}`;
  const index = (objs) => new Map((objs ?? []).flatMap((o) => o.functions.map((f) => [key(o.object, f), { object: o.object, f }])));
  const prev = index(previous.patch);
  const cur = index(current.patch);
  const vanished = index(current.vanished);
  const notNeeded = index(current.notNeeded);
  const entries = [];
  const entry = (object, f, status, reason) => ({ object, symbol: f.symbol, sympos: f.sympos, file: f.file, status, reason });
  for (const [k, { object, f }] of prev) {
    const now = cur.get(k);
    if (now) {
      entries.push(entry(object, f, sameBase ? "kept" : "updated", sameBase ? `still differs from the running kernel: ${why(now.f)}` : `in the deployed patch and changed again: ${why(now.f)}`));
    } else if (vanished.has(k)) {
      entries.push(entry(object, f, "dropped", `no longer emitted at head (${vanished.get(k)?.f.notPatched ?? "gone"}); its callers are patched instead`));
    } else if (sameBase && notNeeded.has(k)) {
      entries.push(entry(object, f, "dropped", `compiles to the running code again (${notNeeded.get(k)?.f.notPatched ?? notNeeded.get(k)?.f.codeChange})`));
    } else if (sameBase) {
      entries.push(entry(object, f, "dropped", "the change no longer reaches it: the running code is what head compiles"));
    } else {
      entries.push(entry(object, f, "kept", `from the deployed patch (${why(f)}); this change does not touch it`));
    }
  }
  for (const [k, { object, f }] of cur) if (!prev.has(k)) entries.push(entry(object, f, "added", `by this change: ${why(f)}`));
  entries.sort((a, b) => a.object.localeCompare(b.object) || a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol));
  const notes = [];
  if (!sameBase) {
    notes.push(
      `The deployed patch was built against ${previous.base.slice(0, 12)} (the running kernel); this run compares ${current.base.slice(0, 12)}..${current.head.slice(0, 12)}. Entries added here carry that base's symbol names and old_sympos: check them against the running kernel, or run again with base set to the running kernel for an exact cumulative list.`
    );
  }
  return {
    previous: { base: previous.base, head: previous.head, ...previous.pullRequest !== void 0 ? { pullRequest: previous.pullRequest } : {} },
    sameBase,
    entries,
    ids: compareIds(previous.livepatchIds ?? [], current.livepatchIds ?? [], new Set(current.changes.functions.map((f) => f.file))),
    notes
  };
}
function why(f) {
  return f.reasons.map((r) => r.chain.join(" \u2192 ") || r.kind).join("; ") || f.codeChange;
}
function compareIds(previous, current, changedFiles) {
  const k = (id) => `${id.kind}\0${id.name}`;
  const before = new Map(previous.map((id) => [k(id), id]));
  const out2 = [];
  for (const id of current) {
    const was = before.get(k(id));
    const label = `${id.name}${id.value && id.value !== id.name ? ` = ${id.value}` : ""}${id.version ? ` (version ${id.version})` : ""}`;
    if (!was) {
      out2.push({ kind: id.kind, name: id.name, status: "new", detail: `${label} is new: the deployed patch does not use it` });
    } else if ((was.value ?? "") !== (id.value ?? "") || (was.version ?? "") !== (id.version ?? "")) {
      out2.push({ kind: id.kind, name: id.name, status: "changed", detail: `was ${was.value ?? was.name}${was.version ? ` (version ${was.version})` : ""}, now ${label}: state the deployed patch created is read with another meaning` });
    } else {
      out2.push({ kind: id.kind, name: id.name, status: "reused", detail: `${label}, as in the deployed patch: the new patch takes over its state` });
    }
  }
  const now = new Set(current.map(k));
  for (const id of previous) {
    if (now.has(k(id)) || !changedFiles.has(id.file)) continue;
    out2.push({ kind: id.kind, name: id.name, status: "gone", detail: `used by the deployed patch (${id.file}:${id.line}) but no longer: free its state in a callback, or keep using it` });
  }
  return out2;
}
function parsePreviousReport(text, path20) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err2) {
    throw new Error(`previous report ${path20} is not JSON: ${err2.message}`);
  }
  const r = data;
  if (r?.schema !== REPORT_SCHEMA) throw new Error(`previous report ${path20} is not a livepatch-gate report (schema is ${JSON.stringify(r?.schema)})`);
  if (typeof r.base !== "string" || typeof r.head !== "string" || !Array.isArray(r.patch)) {
    throw new Error(`previous report ${path20} lacks base, head or patch: pass the JSON report (report-file) of the run that built the deployed patch`);
  }
  for (const o of r.patch) {
    if (typeof o?.object !== "string" || !Array.isArray(o.functions) || o.functions.some((f) => typeof f?.symbol !== "string")) {
      throw new Error(`previous report ${path20}: a patch entry has no object or function symbols`);
    }
  }
  return r;
}

// src/pipeline/analyze.ts
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename as basename2, dirname as dirname2, join as join2 } from "node:path";

// src/adapters/symbol-files.ts
import { readFile } from "node:fs/promises";
async function readSymbolFiles(files) {
  const tables = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw new SymbolFileError(file, `cannot read it: ${e.message}`);
    }
    tables.push(...readSymbolTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file));
  }
  return mergeSymbolTables(tables);
}

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i2 = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    const index = {};
    index.hunks = [];
    list.push(index);
    let seenDiffHeader = false;
    while (i2 < diffstr.length) {
      const line = diffstr[i2];
      if (isFileHeader(line) || isHunkHeader(line)) {
        break;
      }
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index.isGit = true;
        const paths = parseGitDiffHeader(line);
        if (paths) {
          index.oldFileName = paths.oldFileName;
          index.newFileName = paths.newFileName;
        }
        i2++;
        while (i2 < diffstr.length) {
          const extLine = diffstr[i2];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index.isCreate = true;
            index.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index.isDelete = true;
            index.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index.isBinary = true;
          }
          i2++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        if (headerMatch) {
          index.index = line.substring(headerMatch[0].length).trim();
        }
      }
      i2++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    }
    while (i2 < diffstr.length) {
      const line = diffstr[i2];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
        break;
      } else if (isHunkHeader(line)) {
        index.hunks.push(parseHunk());
      } else {
        i2++;
      }
    }
  }
  function parseGitDiffHeader(line) {
    const rest = line.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i2]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i2].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i2++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i2, chunkHeaderLine = diffstr[i2++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i2 < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i2]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i2++) {
      const operation = diffstr[i2].length == 0 && i2 != diffstr.length - 1 ? " " : diffstr[i2][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i2]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i2]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i2 < diffstr.length && diffstr[i2] && /^[+ -]/.test(diffstr[i2]) && !isFileHeader(diffstr[i2])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i2 < diffstr.length) {
    parseIndex();
  }
  return list;
}

// src/changes/c-lexer.ts
function tokenize(text) {
  const out2 = [];
  const n = text.length;
  let i2 = 0;
  let lineStart = true;
  while (i2 < n) {
    const c = text[i2];
    if (c === "\n") {
      lineStart = true;
      i2++;
      continue;
    }
    if (c === " " || c === "	" || c === "\r" || c === "\f" || c === "\v") {
      i2++;
      continue;
    }
    if (c === "\\" && text[i2 + 1] === "\n") {
      i2 += 2;
      continue;
    }
    if (c === "/" && text[i2 + 1] === "*") {
      const e = text.indexOf("*/", i2 + 2);
      i2 = e < 0 ? n : e + 2;
      continue;
    }
    if (c === "/" && text[i2 + 1] === "/") {
      while (i2 < n && text[i2] !== "\n") i2++;
      continue;
    }
    if (c === "#" && lineStart) {
      const start3 = i2;
      i2 = directiveEnd(text, i2);
      out2.push({ type: "pp", text: text.slice(start3, i2), start: start3, end: i2 });
      continue;
    }
    lineStart = false;
    const start2 = i2;
    if (c === '"' || c === "'") {
      i2 = quotedEnd(text, i2);
      out2.push({ type: c === '"' ? "str" : "chr", text: text.slice(start2, i2), start: start2, end: i2 });
      continue;
    }
    if (isIdStart(c)) {
      while (i2 < n && isIdPart(text[i2])) i2++;
      if ((text[i2] === '"' || text[i2] === "'") && /^(L|u|U|u8)$/.test(text.slice(start2, i2))) {
        const q = text[i2];
        i2 = quotedEnd(text, i2);
        out2.push({ type: q === '"' ? "str" : "chr", text: text.slice(start2, i2), start: start2, end: i2 });
        continue;
      }
      out2.push({ type: "id", text: text.slice(start2, i2), start: start2, end: i2 });
      continue;
    }
    if (isDigit(c) || c === "." && isDigit(text[i2 + 1] ?? "")) {
      i2++;
      while (i2 < n && (isIdPart(text[i2]) || text[i2] === "." || (text[i2] === "+" || text[i2] === "-") && /[eEpP]/.test(text[i2 - 1]))) i2++;
      out2.push({ type: "num", text: text.slice(start2, i2), start: start2, end: i2 });
      continue;
    }
    const three = text.slice(i2, i2 + 3);
    const two = text.slice(i2, i2 + 2);
    const len = three === "..." || three === "<<=" || three === ">>=" ? 3 : PUNCT2.has(two) ? 2 : 1;
    i2 += len;
    out2.push({ type: "punct", text: text.slice(start2, i2), start: start2, end: i2 });
  }
  return out2;
}
var PUNCT2 = /* @__PURE__ */ new Set(["->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##"]);
function isIdStart(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_" || c === "$";
}
function isIdPart(c) {
  return isIdStart(c) || isDigit(c);
}
function isDigit(c) {
  return c >= "0" && c <= "9";
}
function quotedEnd(text, i2) {
  const q = text[i2];
  let j = i2 + 1;
  while (j < text.length && text[j] !== q && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
  return Math.min(text.length, j + 1);
}
function directiveEnd(text, i2) {
  const n = text.length;
  while (i2 < n) {
    const c = text[i2];
    if (c === "\n") return i2;
    if (c === "\\" && text[i2 + 1] === "\n") i2 += 2;
    else if (c === "\\" && text[i2 + 1] === "\r" && text[i2 + 2] === "\n") i2 += 3;
    else if (c === "/" && text[i2 + 1] === "*") {
      const e = text.indexOf("*/", i2 + 2);
      i2 = e < 0 ? n : e + 2;
    } else if (c === "/" && text[i2 + 1] === "/") {
      while (i2 < n && text[i2] !== "\n") i2++;
    } else if (c === '"' || c === "'") i2 = quotedEnd(text, i2);
    else i2++;
  }
  return n;
}
function matchBracket(tokens, open) {
  const o = tokens[open].text;
  const c = o === "(" ? ")" : o === "[" ? "]" : "}";
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== "punct") continue;
    if (t.text === o) depth++;
    else if (t.text === c && --depth === 0) return k;
  }
  return -1;
}
var REPORTED_BARE = [
  "__init",
  "__exit",
  "__ref",
  "__meminit",
  "__cpuinit",
  "__devinit",
  "__devexit",
  "__init_or_module",
  "__exit_or_module",
  "__init_memblock",
  "__sched",
  "__cpuidle",
  "__head",
  "__irq_entry",
  "__softirq_entry",
  "notrace",
  "noinstr",
  "__noinstr",
  "__always_inline",
  "__inline",
  "__inline__",
  "nokprobe_inline",
  "noinline",
  "__noinline",
  "noinline_for_stack",
  "__cold",
  "__hot",
  "__weak",
  "__visible",
  "asmlinkage",
  "__used",
  "__maybe_unused",
  "__always_unused",
  "__must_check",
  "__noreturn",
  "__flatten",
  "__pure",
  "__attribute_const__",
  "__naked",
  "__noclone",
  "__kprobes",
  "__nocfi",
  "__noendbr",
  "__noscs",
  "__no_kcsan",
  "__no_sanitize_address",
  "__no_kasan",
  "__no_sanitize_thread",
  "__no_sanitize_undefined",
  "__no_sanitize_or_inline",
  "__no_stack_protector",
  "__nostackprotector",
  "__latent_entropy",
  "__malloc",
  "__bpf_kfunc",
  "__lockfunc",
  "__fastcall",
  "__initdata",
  "__initconst",
  "__exitdata",
  "__read_mostly",
  "__ro_after_init",
  "__initdata_or_module",
  "__refdata",
  "__refconst",
  "__nosavedata",
  "__cacheline_aligned",
  "__cacheline_aligned_in_smp",
  "____cacheline_aligned",
  "____cacheline_aligned_in_smp",
  "____cacheline_internodealigned_in_smp",
  "__page_aligned_data",
  "__page_aligned_bss",
  "__packed",
  "__randomize_layout",
  "__no_randomize_layout",
  "__designated_init",
  "__data_racy",
  "__nonstring"
];
var REPORTED_CALL = [
  "__printf",
  "__scanf",
  "__section",
  "__aligned",
  "__alias",
  "__acquires",
  "__releases",
  "__must_hold",
  "__counted_by",
  "__cleanup",
  "__assume_aligned",
  "__alloc_size",
  "__realloc_size",
  "__attribute__",
  "__attribute",
  "__diag_ignore_all",
  "__no_sanitize",
  "__nocapture",
  "__symver"
];
var SILENT = ["__user", "__kernel", "__iomem", "__rcu", "__percpu", "__force", "__bitwise", "__nocast", "__safe", "__private", "__must_check_fn", "__extension__"];
var BARE = /* @__PURE__ */ new Set([...REPORTED_BARE, ...SILENT]);
var CALL = new Set(REPORTED_CALL);
var SILENT_SET = new Set(SILENT);
function maskAnnotations(text, tokens) {
  const chars = text.split("");
  const annotations2 = [];
  const blank = (s, e) => {
    for (let k = s; k < e; k++) if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = " ";
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== "id") continue;
    if (BARE.has(t.text)) {
      blank(t.start, t.end);
      annotations2.push({ start: t.start, end: t.end, marker: SILENT_SET.has(t.text) ? "" : t.text });
    } else if (CALL.has(t.text) && tokens[k + 1]?.text === "(") {
      const close = matchBracket(tokens, k + 1);
      if (close < 0) continue;
      const end = tokens[close].end;
      blank(t.start, end);
      if (t.text === "__attribute__" || t.text === "__attribute") {
        for (const name2 of attributeNames(tokens.slice(k + 2, close))) annotations2.push({ start: t.start, end, marker: name2 });
      } else annotations2.push({ start: t.start, end, marker: t.text });
      k = close;
    }
  }
  return { text: chars.join(""), annotations: annotations2 };
}
function attributeNames(inner) {
  const names = [];
  let depth = 0;
  let expectName = true;
  for (const t of inner) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 1 && t.text === ",") expectName = true;
    else if (depth === 1 && expectName && t.type === "id") {
      names.push(t.text.replace(/^__(.+)__$/, "$1"));
      expectName = false;
    }
  }
  return names;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i2 = 0; i2 < text.length; i2++) if (text[i2] === "\n") this.starts.push(i2 + 1);
  }
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Line of the last character of [start, end): an item ending with its newline ends on that line. */
  lastLineOf(end) {
    return this.lineOf(Math.max(0, end - 1));
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/changes/c-definitions.ts
function definitionsIn(parser, text, path20) {
  const masked = maskAnnotations(text, tokenize(text));
  const tree = parser.parse(masked.text);
  try {
    const file = new SourceFile(text, masked.text, masked.annotations, path20);
    file.walk(tree.rootNode);
    return { functions: file.functions, items: file.items, warnings: file.warnings };
  } finally {
    tree.delete();
  }
}
var CONDITIONALS = /* @__PURE__ */ new Set(["preproc_if", "preproc_ifdef", "preproc_else", "preproc_elif", "preproc_elifdef"]);
var RECORD = /* @__PURE__ */ new Set(["struct", "union", "enum"]);
var NOT_A_NAME = /* @__PURE__ */ new Set([
  "if",
  "while",
  "for",
  "switch",
  "return",
  "sizeof",
  "typeof",
  "__typeof__",
  "__typeof",
  "_Alignof",
  "alignof",
  "__alignof__",
  "_Alignas",
  "_Static_assert",
  "static_assert",
  "asm",
  "__asm__",
  "__asm"
]);
var SPECIFIERS = /* @__PURE__ */ new Set(["static", "extern", "inline", "const", "volatile", "register", "auto", "_Thread_local", "restrict"]);
var INLINE_MARKERS = /* @__PURE__ */ new Set(["inline", "__inline", "__inline__", "__always_inline", "nokprobe_inline", "always_inline"]);
var SourceFile = class {
  constructor(text, maskedText, annotations2, path20) {
    this.text = text;
    this.annotations = annotations2;
    this.path = path20;
    this.tokens = tokenize(maskedText);
    this.lines = new LineIndex(text);
  }
  text;
  annotations;
  path;
  functions = [];
  items = [];
  warnings = [];
  /** Tokens of the masked text: annotations are gone, so headers read like plain C. */
  tokens;
  lines;
  /** Walks the top level (and preprocessor conditionals); hands every broken stretch to the scanner. */
  walk(container) {
    const kids = container.children.filter((c) => c !== null);
    let i2 = 0;
    while (i2 < kids.length) {
      const node = kids[i2];
      if (CONDITIONALS.has(node.type)) {
        this.walkConditional(node);
        i2++;
        continue;
      }
      if (this.takeClean(node, kids[i2 + 1])) {
        i2++;
        continue;
      }
      let j = i2;
      while (j + 1 < kids.length && !CONDITIONALS.has(kids[j + 1].type) && !this.isClean(kids[j + 1], kids[j + 2])) j++;
      const end = this.scan(this.tokenAt(node.startIndex), kids[j].endIndex);
      i2 = j + 1;
      while (i2 < kids.length && kids[i2].startIndex < end) i2++;
    }
  }
  walkConditional(node) {
    const skip = /* @__PURE__ */ new Set([node.childForFieldName("condition")?.id, node.childForFieldName("name")?.id]);
    const body2 = node.children.filter((c) => c !== null && c.isNamed && !skip.has(c.id) && c.type !== "comment");
    const fake = { children: body2 };
    this.walk(fake);
  }
  isClean(node, next) {
    return this.classifyClean(node, next) !== null;
  }
  /** Records a node tree-sitter parsed cleanly; false when the scanner must look at it. */
  takeClean(node, next) {
    const take = this.classifyClean(node, next);
    if (!take) return false;
    take();
    return true;
  }
  classifyClean(node, next) {
    switch (node.type) {
      case "comment":
      case ";":
        return () => void 0;
      case "function_definition":
        return this.cleanFunction(node);
      case "preproc_def":
      case "preproc_function_def":
      case "preproc_include":
      case "preproc_call":
        return () => this.directive(this.tokenAt(node.startIndex));
      case "declaration":
      case "type_definition":
      case "struct_specifier":
      case "union_specifier":
      case "enum_specifier":
        if (node.hasError) return null;
        return () => this.declaration(this.tokenAt(node.startIndex), this.lastTokenBefore(node.endIndex));
      case "expression_statement":
        if (node.hasError || next?.type === "compound_statement" || !node.text.trimEnd().endsWith(";")) return null;
        return () => this.declaration(this.tokenAt(node.startIndex), this.lastTokenBefore(node.endIndex));
      default:
        return null;
    }
  }
  cleanFunction(node) {
    const body2 = node.childForFieldName("body");
    const nameNode = functionName(node.childForFieldName("declarator"));
    if (!body2 || !nameNode || hasErrorOutside(node, body2)) return null;
    const open = this.tokenAt(body2.startIndex);
    if (this.tokens[open]?.text !== "{") return null;
    const close = matchBracket(this.tokens, open);
    if (close < 0 || this.tokens[close].end !== body2.endIndex) return null;
    const nameTok = this.tokenAt(nameNode.startIndex);
    return () => this.addFunction(this.tokenAt(node.startIndex), nameTok, open, close);
  }
  // -------------------------------------------------------------------------------------------
  // tolerant scan
  // -------------------------------------------------------------------------------------------
  /** Scans items from token `from` until an item boundary at or past `until`; returns the offset reached. */
  scan(from, until) {
    const toks = this.tokens;
    let k = from;
    while (k < toks.length && toks[k].start < until) {
      const t = toks[k];
      if (t.type === "pp") {
        this.directive(k);
        k++;
        continue;
      }
      if (t.text === ";") {
        k++;
        continue;
      }
      const next = this.scanItem(k);
      if (next < 0) {
        this.warnings.push({
          source: "diff",
          file: this.path,
          line: this.lines.lineOf(t.start),
          message: "unbalanced brackets from here to the end of the file: definitions after this line are not analysed"
        });
        return this.text.length;
      }
      k = next;
    }
    return k < toks.length ? toks[k].start : this.text.length;
  }
  /** One top-level item starting at token k; returns the index after it, or -1 when brackets never close. */
  scanItem(k) {
    const toks = this.tokens;
    let sawEq = false;
    for (let j = k; j < toks.length; j++) {
      const t = toks[j];
      if (t.type === "pp") continue;
      if (t.text === "(" || t.text === "[") {
        j = matchBracket(toks, j);
        if (j < 0) return -1;
        continue;
      }
      if (t.text === "=") sawEq = true;
      if (t.text === ";") {
        this.declaration(k, j - 1);
        return j + 1;
      }
      if (t.text === "{") {
        const close = matchBracket(toks, j);
        if (close < 0) return -1;
        const prev = toks[j - 1]?.text ?? "";
        const prev2 = toks[j - 2]?.text ?? "";
        const recordBody = RECORD.has(prev) || RECORD.has(prev2) && toks[j - 1]?.type === "id";
        if (sawEq || recordBody || j === k) {
          j = close;
          continue;
        }
        this.scannedFunction(k, j, close);
        return close + 1;
      }
    }
    return -1;
  }
  scannedFunction(start2, open, close) {
    const nameTok = pickFunctionName(this.tokens, start2, open);
    if (nameTok < 0) {
      const line = this.lines.lineOf(this.tokens[start2].start);
      this.warnings.push({ source: "diff", file: this.path, line, message: "a block at top level that is not a recognisable function: reported as a non-function item" });
      this.items.push(this.item("other", void 0, start2, close, "unrecognised top-level block"));
      return;
    }
    this.addFunction(start2, nameTok, open, close);
  }
  // -------------------------------------------------------------------------------------------
  // building the results
  // -------------------------------------------------------------------------------------------
  addFunction(startTok, nameTok, open, close) {
    const toks = this.tokens;
    const startOffset = this.extendOverAnnotations(toks[startTok].start);
    const params = toks[nameTok + 1]?.text === "(" ? [nameTok + 1, matchBracket(toks, nameTok + 1)] : [nameTok, nameTok];
    const paramStart = toks[params[0]].start;
    const paramEnd = toks[params[1]]?.end ?? paramStart;
    const header = toks.slice(startTok, open);
    const markers = [];
    for (const a of this.annotations) {
      if (a.start >= startOffset && a.start < toks[open].start && !(a.start >= paramStart && a.start < paramEnd) && a.marker) markers.push(a.marker);
    }
    if (header.some((t) => t.text === "inline" && t.start < paramStart)) markers.unshift("inline");
    const beforeName = toks.slice(startTok, nameTok).filter((t) => t.type === "id");
    const name2 = toks[nameTok].text;
    const isMacro = beforeName.every((t) => SPECIFIERS.has(t.text)) && /^[A-Z_][A-Z0-9_]*$/.test(name2) && params[1] > params[0];
    let fn;
    if (isMacro) {
      fn = macroFunction(name2, toks.slice(params[0] + 1, params[1]), markers);
    } else {
      fn = {
        name: name2,
        symbols: [name2],
        isStatic: beforeName.some((t) => t.text === "static"),
        isInline: markers.some((m) => INLINE_MARKERS.has(m)),
        markers: [...new Set(markers)],
        symbolsGuessed: false
      };
    }
    const staticLocals = this.staticLocals(open, close, fn.name);
    this.functions.push({
      ...fn,
      startLine: this.lines.lineOf(startOffset),
      endLine: this.lines.lineOf(toks[close].start),
      text: this.text.slice(startOffset, toks[close].end),
      staticLocals
    });
  }
  /** `static` declarations inside a function body (any block depth). */
  staticLocals(open, close, fn) {
    const out2 = [];
    const toks = this.tokens;
    for (let k = open + 1; k < close; k++) {
      if (toks[k].text !== "static" || toks[k].type !== "id") continue;
      let e = k;
      while (e < close && toks[e].text !== ";") {
        if (toks[e].text === "(" || toks[e].text === "[" || toks[e].text === "{") e = Math.max(e, matchBracket(toks, e));
        e++;
      }
      const names = declaratorNames(toks.slice(k, e));
      for (const n of names.length ? names : [void 0]) {
        out2.push({ ...this.item("data", n, k, e, "static local variable"), isStatic: true, inFunction: fn });
      }
      k = e;
    }
    return out2;
  }
  /** A `;`-terminated top-level item (tokens first..last inclusive, without the ';'). */
  declaration(first, last) {
    const toks = this.tokens.slice(first, last + 1);
    if (toks.length === 0) return;
    const ids = toks.filter((t) => t.type === "id").map((t) => t.text);
    const add = (kind, name2, what, isStatic2) => {
      const it = this.item(kind, name2, first, last, what);
      this.items.push(isStatic2 === void 0 ? it : { ...it, isStatic: isStatic2 });
    };
    const recordAt = toks.findIndex((t, k) => RECORD.has(t.text) && (toks[k + 1]?.text === "{" || toks[k + 1]?.type === "id" && toks[k + 2]?.text === "{"));
    if (recordAt >= 0) {
      const kw = toks[recordAt].text;
      const tag = toks[recordAt + 1].type === "id" ? toks[recordAt + 1].text : void 0;
      const isTypedef = ids[0] === "typedef";
      const after = declaratorNames(afterBrace(toks, recordAt));
      add(kw, tag ?? (isTypedef ? after[0] : void 0), isTypedef ? `${kw} (typedef)` : kw);
      if (!isTypedef) for (const n of after) add("data", n, "variable of an inline struct type", ids.includes("static"));
      return;
    }
    if (ids[0] === "typedef") {
      add("typedef", declaratorNames(toks)[0], "typedef");
      return;
    }
    const lead = toks.findIndex((t) => !SPECIFIERS.has(t.text));
    const macroClose = toks[lead]?.type === "id" && toks[lead + 1]?.text === "(" ? matchBracket(toks, lead + 1) : -1;
    if (macroClose > 0 && (macroClose === toks.length - 1 || toks[macroClose + 1].text === "=") && !ids.slice(0, lead).some((x) => !SPECIFIERS.has(x))) {
      const macro = toks[lead].text;
      const args2 = toks.slice(lead + 2, macroClose).filter((t) => t.type === "id").map((t) => t.text);
      const isStatic2 = ids.slice(0, lead).includes("static");
      if (/^(DEFINE_|DECLARE_|LIST_HEAD$|HLIST_HEAD$|LLIST_HEAD$)/.test(macro)) {
        add("data", /PER_CPU/.test(macro) ? args2[args2.length - 1] : args2[0], `data defined by ${macro}`, isStatic2 || /^DEFINE_STATIC/.test(macro));
      } else if (/^EXPORT_SYMBOL/.test(macro)) add("declaration", args2[0], `export ${macro}`);
      else add("other", `${macro}(${args2[0] ?? ""})`, `macro invocation ${macro}`);
      return;
    }
    const names = declaratorNames(toks);
    if (ids.includes("extern")) {
      add("declaration", names[0], "extern declaration");
      return;
    }
    if (isPrototype(toks)) {
      add("declaration", names[0], "function declaration");
      return;
    }
    const isStatic = ids.includes("static");
    if (names.length === 0) add("other", void 0, "declaration");
    for (const n of names) add("data", n, isStatic ? "static variable" : "global variable", isStatic);
  }
  /** A directive token at top level: #define/#undef → macro, #include → include, #if... → skipped here. */
  directive(k) {
    const t = this.tokens[k];
    const m = /^#\s*(\w+)\s*([^\s(]*)/.exec(t.text);
    if (!m) return;
    const [, dir, arg] = m;
    if (dir === "define") this.items.push(this.item("macro", arg, k, k, "macro"));
    else if (dir === "undef") this.items.push(this.item("macro", arg, k, k, "#undef"));
    else if (dir === "include" || dir === "include_next") this.items.push(this.item("include", t.text.replace(/^#\s*include(_next)?\s*/, "").replace(/\s*(\/\/.*|\/\*.*)?$/, ""), k, k, "include"));
    else if (dir === "pragma" || dir === "error" || dir === "warning" || dir === "line") this.items.push(this.item("other", void 0, k, k, `#${dir}`));
  }
  item(kind, name2, first, last, what) {
    const start2 = this.tokens[first].start;
    const end = this.tokens[last].end;
    const it = { kind, startLine: this.lines.lineOf(start2), endLine: this.lines.lastLineOf(end), text: this.text.slice(start2, end), what };
    if (name2 !== void 0) it.name = name2;
    return it;
  }
  /** Masked annotations right before a definition (`asmlinkage __visible void ...`) belong to it. */
  extendOverAnnotations(start2) {
    let s = start2;
    for (let k = this.annotations.length - 1; k >= 0; k--) {
      const a = this.annotations[k];
      if (a.end > s) continue;
      if (/^\s*$/.test(this.text.slice(a.end, s))) s = a.start;
      else if (a.end < s) break;
    }
    return s;
  }
  /** Index of the first token starting at or after `offset`. */
  tokenAt(offset) {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  lastTokenBefore(offset) {
    let k = this.tokenAt(offset) - 1;
    if (this.tokens[k]?.text === ";") k--;
    return k;
  }
};
function functionName(decl) {
  let d = decl;
  while (d) {
    if (d.type === "function_declarator") {
      const inner = d.childForFieldName("declarator");
      if (inner?.type === "identifier") return inner;
      const deeper = inner ? functionName(innerDeclarator(inner)) : null;
      return deeper;
    }
    if (d.type === "pointer_declarator" || d.type === "attributed_declarator") d = d.childForFieldName("declarator") ?? d.namedChildren.find((c) => c?.type.endsWith("declarator")) ?? null;
    else return null;
  }
  return null;
}
function innerDeclarator(n) {
  if (n.type === "parenthesized_declarator") return n.namedChildren.find((c) => c !== null && c.type.endsWith("declarator")) ?? null;
  if (n.type === "pointer_declarator") return n.childForFieldName("declarator");
  return n;
}
function hasErrorOutside(fn, body2) {
  for (const c of fn.children) {
    if (!c || c.id === body2.id) continue;
    if (c.hasError || c.isError || c.isMissing) return true;
  }
  return false;
}
function pickFunctionName(toks, start2, open) {
  const cands = [];
  let sawType = false;
  for (let k = start2; k < open; k++) {
    const t = toks[k];
    if (t.type === "pp") continue;
    if (t.type === "id" && toks[k + 1]?.text === "(" && !NOT_A_NAME.has(t.text)) cands.push({ k, typed: sawType });
    if (t.text === "(" || t.text === "[") {
      const close = matchBracket(toks, k);
      if (close < 0 || close > open) return -1;
      if (t.text === "(" && toks[k + 1]?.text === "*" && toks[k + 2]?.type === "id" && toks[k + 3]?.text === "(" && sawType) cands.push({ k: k + 2, typed: true });
      k = close;
      continue;
    }
    if (t.type === "id" && !SPECIFIERS.has(t.text)) sawType = true;
  }
  const typed = cands.filter((c) => c.typed);
  const pick = typed.find((c) => !toks[c.k].text.startsWith("__")) ?? typed[0] ?? cands[0];
  return pick ? pick.k : -1;
}
function declaratorNames(toks) {
  const names = [];
  let last;
  let done = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.text === "(") {
      const close = matchBracket(toks, k);
      const inner = toks.slice(k + 1, close < 0 ? toks.length : close);
      const afterName = k > 0 && toks[k - 1].type === "id" && !SPECIFIERS.has(toks[k - 1].text);
      if (inner[0]?.text === "*" || !afterName && inner.length === 1 && inner[0].type === "id") {
        const id = inner.filter((x) => x.type === "id").find((x) => !SPECIFIERS.has(x.text));
        if (id && !done) last = id.text;
      }
      done = true;
      k = close < 0 ? toks.length : close;
      continue;
    }
    if (t.text === "{") {
      const close = matchBracket(toks, k);
      k = close < 0 ? toks.length : close;
      continue;
    }
    if (t.text === "[" || t.text === "=") {
      done = true;
      if (t.text === "[") {
        const close = matchBracket(toks, k);
        k = close < 0 ? toks.length : close;
      } else {
        while (k + 1 < toks.length && toks[k + 1].text !== ",") {
          k++;
          if (toks[k].text === "(" || toks[k].text === "{" || toks[k].text === "[") k = Math.max(k, matchBracket(toks, k));
        }
      }
      continue;
    }
    if (t.text === ",") {
      if (last) names.push(last);
      last = void 0;
      done = false;
      continue;
    }
    if (t.type === "id" && !done && !SPECIFIERS.has(t.text) && t.text !== "typedef" && t.text !== "static") last = t.text;
  }
  if (last) names.push(last);
  return names;
}
function isPrototype(toks) {
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text === "=") return false;
    if (toks[k].type === "id" && toks[k + 1]?.text === "(" && k > 0) return true;
  }
  return false;
}
function afterBrace(toks, recordAt) {
  const open = toks.findIndex((t, k) => k > recordAt && t.text === "{");
  const close = open < 0 ? -1 : matchBracket(toks, open);
  return close < 0 ? [] : toks.slice(close + 1);
}
function macroFunction(macro, args2, markers) {
  const name2 = args2.find((t) => t.type === "id")?.text ?? macro;
  const base = { name: name2, markers: [.../* @__PURE__ */ new Set([macro, ...markers])], definedByMacro: macro };
  let m = /^SYSCALL_DEFINE(\d)$/.exec(macro);
  if (m) {
    const zero = m[1] === "0";
    const symbols = zero ? [`__do_sys_${name2}`, `__x64_sys_${name2}`, `__ia32_sys_${name2}`] : [`__do_sys_${name2}`, `__se_sys_${name2}`, `__x64_sys_${name2}`, `__ia32_sys_${name2}`];
    return { ...base, symbols, isStatic: true, isInline: !zero, symbolsGuessed: false };
  }
  m = /^COMPAT_SYSCALL_DEFINE(\d)$/.exec(macro);
  if (m) {
    const zero = m[1] === "0";
    const symbols = zero ? [`__do_compat_sys_${name2}`, `__ia32_compat_sys_${name2}`, `__x32_compat_sys_${name2}`] : [`__do_compat_sys_${name2}`, `__se_compat_sys_${name2}`, `__ia32_compat_sys_${name2}`, `__x32_compat_sys_${name2}`];
    return { ...base, symbols, isStatic: true, isInline: !zero, symbolsGuessed: false };
  }
  if (/^BPF_CALL_\d$/.test(macro)) return { ...base, symbols: [`____${name2}`, name2], isStatic: true, isInline: true, symbolsGuessed: false };
  return { ...base, symbols: [name2], isStatic: false, isInline: false, symbolsGuessed: true };
}

// src/changes/c-parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range2) {
  marshalPoint(address, range2.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range2.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range2.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range2.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs22 = await import("fs/promises");
        bytes = fs22.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName2 = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName2) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName2]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire: createRequire2 } = await import("module");
      var require = createRequire2(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path20) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path20, scriptDirectory);
      }
      return scriptDirectory + path20;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve2, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve2(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text) {
      if (!condition) {
        abort(text);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", import.meta.url).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result2) {
        return receiveInstance(result2["instance"], result2["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve2, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve2(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/changes/c-parser.ts
var ParserLoadError = class extends Error {
  constructor(what, tried) {
    super(
      `cannot find ${what}; looked in:
  ${tried.join("\n  ")}
From a checkout run \`npm ci\`; from the bundle, dist/ must contain tree-sitter.wasm and tree-sitter-c.wasm (run \`npm run bundle\`).`
    );
    this.name = "ParserLoadError";
  }
};
function wasmCandidates(fileName, packageEntry, moduleUrl = import.meta.url) {
  const out2 = [];
  try {
    const here = dirname(fileURLToPath(moduleUrl));
    out2.push(join(here, fileName), join(here, "..", fileName));
  } catch {
  }
  for (const base of [moduleUrl, join(process.cwd(), "package.json")]) {
    try {
      out2.push(createRequire(base).resolve(packageEntry));
    } catch {
    }
  }
  return [...new Set(out2)];
}
function locate(fileName, packageEntry) {
  const tried = wasmCandidates(fileName, packageEntry);
  const found = tried.find((p) => existsSync(p));
  if (!found) throw new ParserLoadError(fileName, tried);
  return found;
}
var loading = null;
function loadCParser() {
  loading ??= (async () => {
    const runtime = locate("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
    await Parser.init({ locateFile: (name2) => name2.endsWith(".wasm") ? runtime : name2 });
    const grammar = locate("tree-sitter-c.wasm", "tree-sitter-c/tree-sitter-c.wasm");
    const language = await Language.load(grammar);
    const parser = new Parser();
    parser.setLanguage(language);
    return {
      parse(text) {
        const tree = parser.parse(text);
        if (!tree) throw new Error("tree-sitter returned no tree (parser has no language)");
        return tree;
      }
    };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

// src/changes/map-hunks.ts
var MAX_LINE_SHIFT_PAIRS = 5e4;
function hunkLines(hunks) {
  const added = [];
  const deleted = [];
  const deletionPoints = [];
  for (const h of hunks) {
    let b = h.oldStart;
    let a = h.newStart;
    let inDeletion = false;
    for (const line of h.lines) {
      const c = line[0];
      if (c === "-") {
        deleted.push(b++);
        if (!inDeletion) deletionPoints.push(a);
        inDeletion = true;
        continue;
      }
      inDeletion = false;
      if (c === "+") added.push(a++);
      else if (c === " ") {
        a++;
        b++;
      }
    }
  }
  return { added, deleted, deletionPoints };
}
function mapFileChanges(diff) {
  const lines = hunkLines(diff.hunks);
  const warnings = [];
  const functions = [];
  const other = [];
  const lineShift = [];
  const headPath = diff.path;
  const basePath = diff.basePath ?? diff.path;
  const inHeader = diff.language === "header";
  const baseFns = diff.base?.functions ?? [];
  const headFns = diff.head?.functions ?? [];
  for (const [b, h] of pairByKey(baseFns, headFns, (f) => f.symbols[0])) {
    if (b && h && b.text === h.text) {
      if (b.startLine !== h.startLine) {
        for (let i2 = 0; i2 <= h.endLine - h.startLine && lineShift.length < MAX_LINE_SHIFT_PAIRS; i2++) lineShift.push({ base: b.startLine + i2, head: h.startLine + i2 });
      }
      continue;
    }
    const def = h ?? b;
    const fn = {
      name: def.name,
      symbols: def.symbols,
      status: b && h ? "modified" : h ? "added" : "removed",
      file: h ? headPath : basePath,
      changedLines: [],
      isStatic: def.isStatic,
      isInline: def.isInline,
      inHeader,
      // Base markers too: a function that was __init or notrace at base matters even if head drops it.
      markers: [.../* @__PURE__ */ new Set([...h?.markers ?? [], ...b?.markers ?? []])]
    };
    if (h && diff.basePath && diff.basePath !== diff.path) fn.baseFile = diff.basePath;
    if (b) fn.baseLines = [b.startLine, b.endLine];
    if (h) fn.headLines = [h.startLine, h.endLine];
    fn.changedLines = b && h ? modifiedLines(b, h, lines) : range(def.startLine, def.endLine);
    functions.push(fn);
    if (def.symbolsGuessed) {
      warnings.push({
        source: "diff",
        file: fn.file,
        line: def.startLine,
        message: `${def.name} is defined by macro ${def.definedByMacro}(): assuming it emits the symbol '${def.symbols[0]}' (a guess; check the macro)`
      });
    }
  }
  if (lineShift.length >= MAX_LINE_SHIFT_PAIRS) {
    warnings.push({ source: "diff", file: headPath, message: `more than ${MAX_LINE_SHIFT_PAIRS} moved lines in unchanged functions: line-shift map truncated` });
  }
  const baseItems = [...diff.base?.items ?? [], ...baseFns.flatMap((f) => f.staticLocals)];
  const headItems = [...diff.head?.items ?? [], ...headFns.flatMap((f) => f.staticLocals)];
  for (const [b, h] of pairByKey(baseItems, headItems, (i2) => `${i2.kind}:${i2.inFunction ?? ""}:${i2.name ?? "<anonymous>"}`)) {
    if (b && h && b.text === h.text) continue;
    const it = h ?? b;
    const status = b && h ? "changed" : h ? "added" : "removed";
    const change = {
      kind: it.kind,
      file: h ? headPath : basePath,
      line: h && b ? firstIn(lines.added, h) ?? h.startLine : it.startLine,
      detail: `${describe2(it)} ${status}`
    };
    if (it.name !== void 0) change.name = it.name;
    if (it.isStatic !== void 0) change.isStatic = it.isStatic;
    if (it.inFunction !== void 0) change.inFunction = it.inFunction;
    if (b) change.baseLines = [b.startLine, b.endLine];
    if (h) change.headLines = [h.startLine, h.endLine];
    other.push(change);
  }
  other.push(...outsideDefinitions(diff, lines));
  const file = {
    path: headPath,
    status: diff.status,
    language: diff.language,
    addedLines: lines.added,
    deletedLines: lines.deleted
  };
  if (diff.basePath && diff.basePath !== diff.path) file.basePath = diff.basePath;
  if (diff.head && diff.base) file.lineShift = lineShift;
  return { file, functions, other, warnings };
}
function pairByKey(base, head, key) {
  const pool = /* @__PURE__ */ new Map();
  for (const b of base) {
    const k = key(b);
    pool.set(k, [...pool.get(k) ?? [], b]);
  }
  const out2 = [];
  for (const h of head) {
    const list = pool.get(key(h));
    out2.push([list?.shift(), h]);
  }
  for (const list of pool.values()) for (const b of list) out2.push([b, void 0]);
  return out2;
}
function modifiedLines(b, h, lines) {
  const inHead = (l) => l >= h.startLine && l <= h.endLine;
  const fromHunks = [.../* @__PURE__ */ new Set([...lines.added.filter(inHead), ...lines.deletionPoints.filter(inHead)])].sort((x, y) => x - y);
  const touchedBase = lines.deleted.some((l) => l >= b.startLine && l <= b.endLine);
  if (fromHunks.length > 0) return fromHunks;
  const bl = b.text.split("\n");
  const hl = h.text.split("\n");
  let top = 0;
  while (top < bl.length && top < hl.length && bl[top] === hl[top]) top++;
  let bottom = 0;
  while (bottom < bl.length - top && bottom < hl.length - top && bl[bl.length - 1 - bottom] === hl[hl.length - 1 - bottom]) bottom++;
  const first = h.startLine + top;
  const last = h.startLine + hl.length - 1 - bottom;
  if (last >= first) return range(first, last);
  return touchedBase || top < hl.length ? [Math.min(first, h.endLine)] : [];
}
function firstIn(added, it) {
  return added.find((l) => l >= it.startLine && l <= it.endLine);
}
function describe2(it) {
  const name2 = it.name ?? "(anonymous)";
  switch (it.kind) {
    case "struct":
    case "union":
      return `${it.kind} ${name2} (layout)`;
    case "enum":
      return `enum ${name2} (values)`;
    case "macro":
      return it.what === "#undef" ? `#undef ${name2}` : `macro ${name2}`;
    case "include":
      return `#include ${name2}`;
    case "data":
      return it.inFunction ? `static local variable ${name2} in ${it.inFunction}()` : `${it.what} ${name2}`;
    default:
      return it.name ? `${it.what} ${it.name}` : it.what;
  }
}
function outsideDefinitions(diff, lines) {
  if (diff.language !== "c" && diff.language !== "header") return [];
  const out2 = [];
  const sides = [
    { changed: lines.added, defs: diff.head, text: diff.headText, path: diff.path, verb: "added", span: "headLines" },
    { changed: lines.deleted, defs: diff.base, text: diff.baseText, path: diff.basePath ?? diff.path, verb: "removed", span: "baseLines" }
  ];
  for (const side of sides) {
    if (!side.defs || side.text === void 0) continue;
    const covered = /* @__PURE__ */ new Set();
    const spans = [...side.defs.functions, ...side.defs.items];
    for (const s of spans) for (let l = s.startLine; l <= s.endLine; l++) covered.add(l);
    const textLines = side.text.split("\n");
    let run3 = null;
    const flush = () => {
      if (!run3) return;
      out2.push({
        kind: "other",
        file: side.path,
        line: run3.line,
        detail: run3.conditional ? `preprocessor conditional ${side.verb}: ${run3.sample}` : `code outside any recognised definition ${side.verb}: ${run3.sample}`,
        [side.span]: [run3.line, run3.last]
      });
      run3 = null;
    };
    let prev = -2;
    for (const l of side.changed) {
      const t = (textLines[l - 1] ?? "").trim();
      const isCode = !covered.has(l) && t !== "" && !/^(\/\/|\/\*|\*)/.test(t) && !t.endsWith("*/");
      if (!isCode || l !== prev + 1) flush();
      prev = l;
      if (!isCode) continue;
      const conditional = /^#\s*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/.test(t);
      if (run3 && run3.conditional !== conditional) flush();
      run3 ??= { line: l, last: l, conditional, sample: t.length > 80 ? `${t.slice(0, 77)}...` : t };
      run3.last = l;
    }
    flush();
  }
  return out2;
}
function range(a, b) {
  const out2 = [];
  for (let i2 = a; i2 <= b; i2++) out2.push(i2);
  return out2;
}

// src/changes/find-changes.ts
function languageOf(path20) {
  if (/\.c$/.test(path20)) return "c";
  if (/\.h$/.test(path20)) return "header";
  if (/\.[sS]$/.test(path20)) return "asm";
  return "other";
}
async function findSourceChanges(repo, base, head, opts = {}) {
  const maxFiles = opts.maxFiles ?? 2e3;
  const maxBytes = opts.maxFileBytes ?? 8 << 20;
  const progress = opts.onProgress ?? (() => void 0);
  const raw = await git(repo, [
    "-c",
    "core.quotepath=false",
    "diff",
    "-M",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    base,
    head,
    "--"
  ]);
  const patches = parsePatch(raw).filter((p) => p.oldFileName !== void 0 || p.newFileName !== void 0);
  progress(`diff ${short(base)}..${short(head)}: ${plural(patches.length, "changed file")}`);
  const out2 = { files: [], functions: [], other: [], warnings: [] };
  let parser = null;
  let parsed = 0;
  let skippedForLimit = 0;
  for (const p of patches) {
    const oldPath = stripPrefix(p.oldFileName, "a/");
    const newPath = stripPrefix(p.newFileName, "b/");
    const status = p.isCreate || !oldPath ? "added" : p.isDelete || !newPath ? "deleted" : p.isRename ? "renamed" : "modified";
    const path20 = status === "deleted" ? oldPath : newPath;
    const basePath = status === "renamed" ? oldPath : void 0;
    const language = languageOf(path20);
    const hunks = p.hunks;
    const diff = { path: path20, status, language, hunks, base: null, head: null };
    if (basePath) diff.basePath = basePath;
    if (p.isBinary) {
      out2.warnings.push({ source: "diff", file: path20, message: "binary file changed: not analysed (no line or function information)" });
    } else if ((language === "c" || language === "header") && hunks.length > 0) {
      if (parsed >= maxFiles) skippedForLimit++;
      else {
        parsed++;
        parser ??= await loadCParser();
        await readSides(repo, base, head, diff, maxBytes, out2.warnings);
        if (diff.baseText !== void 0) diff.base = definitionsIn(parser, diff.baseText, diff.basePath ?? path20);
        if (diff.headText !== void 0) diff.head = definitionsIn(parser, diff.headText, path20);
        out2.warnings.push(...(diff.head ?? diff.base)?.warnings ?? []);
        if (parsed % 200 === 0) progress(`parsed ${parsed} C files`);
      }
    }
    const mapped = mapFileChanges(diff);
    out2.files.push(mapped.file);
    out2.functions.push(...mapped.functions);
    out2.other.push(...mapped.other);
    out2.warnings.push(...mapped.warnings);
  }
  if (skippedForLimit > 0) {
    out2.warnings.push({
      source: "diff",
      message: `${skippedForLimit} more C/header files changed beyond the limit of ${maxFiles}: listed with their lines but not mapped to functions (raise maxFiles)`
    });
  }
  progress(`${plural(out2.functions.length, "changed function")}, ${plural(out2.other.length, "other change")} in ${plural(out2.files.length, "file")}`);
  return out2;
}
async function readSides(repo, base, head, diff, maxBytes, warnings) {
  const [baseText, headText] = await Promise.all([
    diff.status === "added" ? null : showFile(repo, base, diff.basePath ?? diff.path),
    diff.status === "deleted" ? null : showFile(repo, head, diff.path)
  ]);
  for (const [side, text, commit] of [["base", baseText, base], ["head", headText, head]]) {
    const exists = side === "base" ? diff.status !== "added" : diff.status !== "deleted";
    if (!exists) continue;
    if (text === null) {
      warnings.push({ source: "diff", file: diff.path, message: `cannot read the ${side} version at ${short(commit)}: functions not mapped on that side` });
    } else if (text.length > maxBytes) {
      warnings.push({ source: "diff", file: diff.path, message: `${side} version is ${text.length} bytes (limit ${maxBytes}): not parsed, functions not mapped` });
    } else if (side === "base") diff.baseText = text;
    else diff.headText = text;
  }
  if (diff.status !== "added" && diff.status !== "deleted" && (diff.baseText === void 0 || diff.headText === void 0)) {
    delete diff.baseText;
    delete diff.headText;
  }
}
function stripPrefix(name2, prefix) {
  if (!name2 || name2 === "/dev/null") return void 0;
  return name2.startsWith(prefix) ? name2.slice(prefix.length) : name2;
}
function short(commit) {
  return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 12) : commit;
}

// src/changes/livepatch-ids.ts
var SHADOW_CALL = /\bklp_shadow_(get_or_alloc|get|alloc|free_all|free)\s*\(/g;
var STATE_ENTRY = /\.id\s*=\s*([A-Za-z_]\w*|0[xX][0-9a-fA-F]+|\d+)\s*,\s*\.version\s*=\s*([A-Za-z_]\w*|\d+)/g;
var ID_KEYWORDS = /* @__PURE__ */ new Set(["void", "unsigned", "long", "int", "id"]);
function livepatchIds(file, text) {
  const defines = /* @__PURE__ */ new Map();
  for (const m of text.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.+?)[ \t]*$/gm)) defines.set(m[1], m[2]);
  const lineAt = (offset) => text.slice(0, offset).split("\n").length;
  const valueOf = (name2) => /^(0[xX][0-9a-fA-F]+|\d+)$/.test(name2) ? name2 : defines.get(name2);
  const out2 = [];
  for (const m of text.matchAll(SHADOW_CALL)) {
    const args2 = splitArgs(text, (m.index ?? 0) + m[0].length);
    const name2 = (m[1] === "free_all" ? args2[0] : args2[1])?.trim();
    if (!name2 || !/^([A-Za-z_]\w*|0[xX][0-9a-fA-F]+|\d+)[uUlL]*$/.test(name2) || ID_KEYWORDS.has(name2)) continue;
    const value = valueOf(name2);
    out2.push({ kind: "shadow", name: name2, ...value ? { value } : {}, file, line: lineAt(m.index ?? 0) });
  }
  if (/\bstruct\s+klp_state\b/.test(text)) {
    for (const m of text.matchAll(STATE_ENTRY)) {
      const value = valueOf(m[1]);
      out2.push({ kind: "klp-state", name: m[1], ...value ? { value } : {}, version: valueOf(m[2]) ?? m[2], file, line: lineAt(m.index ?? 0) });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return out2.filter((id) => !seen.has(`${id.kind}\0${id.name}`) && seen.add(`${id.kind}\0${id.name}`));
}
function splitArgs(text, start2) {
  const args2 = [];
  let depth = 0;
  let current = "";
  for (let i2 = start2; i2 < text.length && i2 < start2 + 2e3; i2++) {
    const c = text[i2];
    if (c === "(") depth++;
    if (c === ")" && depth-- === 0) break;
    if (c === "," && depth === 0) {
      args2.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  args2.push(current);
  return args2;
}

// src/clones/diff.ts
var cloneKey = normaliseName;
function factsOf(g, source, name2) {
  const originals = findNodes(g, name2, { source });
  const clones = /* @__PURE__ */ new Map();
  const callers = /* @__PURE__ */ new Map();
  const line = originals.length > 0 ? nodeInfo(g, originals[0]).line : void 0;
  const seen = new Set(originals);
  const queue = [...originals];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    for (const e of outEdgesOf(g, n)) {
      const to = edgeTarget(g, e);
      const toName = nodeName(g, to);
      if (edgeKind(g, e) === "inline") {
        const key2 = cloneKey(toName);
        if (!callers.has(key2)) callers.set(key2, toName);
        continue;
      }
      const reason = edgeReasonOf(g, e);
      const key = `${reason}\0${cloneKey(toName)}`;
      let entry = clones.get(key);
      if (!entry) clones.set(key, entry = { reason, names: [] });
      if (!seen.has(to)) {
        entry.names.push(toName);
        seen.add(to);
        queue.push(to);
      }
    }
  }
  for (const c of clones.values()) c.names.sort(bySuffixNumber);
  return { clones, callers, line };
}
function bySuffixNumber(a, b) {
  return a.localeCompare(b, "en", { numeric: true });
}
function diffClones(base, head, functions) {
  const out2 = [];
  const done = /* @__PURE__ */ new Set();
  for (const { source, name: name2 } of functions) {
    const id = `${source}\0${name2}`;
    if (done.has(id)) continue;
    done.add(id);
    const b = factsOf(base, source, name2);
    const h = factsOf(head, source, name2);
    const change = (kind, reason, other, line) => {
      const c = { source, function: name2, kind, reason, other };
      if (line !== void 0) c.line = line;
      out2.push(c);
    };
    for (const [key, bc] of [...b.clones].sort(byKey)) {
      const have = h.clones.get(key)?.names.length ?? 0;
      for (const n of bc.names.slice(have)) change("clone-vanished", bc.reason, n, b.line ?? h.line);
    }
    for (const [key, hc] of [...h.clones].sort(byKey)) {
      const had = b.clones.get(key)?.names.length ?? 0;
      for (const n of hc.names.slice(had)) change("clone-appeared", hc.reason, n, h.line ?? b.line);
    }
    for (const [key, caller] of [...b.callers].sort(byKey)) {
      if (!h.callers.has(key)) change("inline-removed", caller, caller, b.line ?? h.line);
    }
    for (const [key, caller] of [...h.callers].sort(byKey)) {
      if (!b.callers.has(key)) change("inline-added", caller, caller, h.line ?? b.line);
    }
  }
  return out2;
}
function byKey(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

// src/compare/object-index.ts
import { createHash as createHash4 } from "node:crypto";
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(obj) {
  let index = indexes.get(obj);
  if (!index) {
    const bySection = /* @__PURE__ */ new Map();
    for (const sym of obj.symbols) {
      if (!isDefinedIn(obj, sym)) continue;
      if (sym.type !== "FUNC" && sym.type !== "OBJECT" && sym.type !== "TLS") continue;
      const list = bySection.get(sym.sectionIndex) ?? [];
      list.push(sym);
      bySection.set(sym.sectionIndex, list);
    }
    for (const list of bySection.values()) list.sort((a, b) => a.value - b.value || b.size - a.size);
    index = { bySection, digests: /* @__PURE__ */ new Map() };
    indexes.set(obj, index);
  }
  return index;
}
function isDefinedIn(obj, sym) {
  return sym.sectionIndex !== SHN_UNDEF && sym.sectionIndex < SHN_LORESERVE && sym.sectionIndex < obj.sections.length;
}
function functionSymbols(obj) {
  return obj.symbols.filter((s) => s.type === "FUNC" && isDefinedIn(obj, s));
}
function symbolAt(obj, sectionIndex, offset, type) {
  const list = indexOf(obj).bySection.get(sectionIndex);
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (list[mid].value <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i2 = found; i2 >= 0 && i2 > found - 8; i2--) {
    const s = list[i2];
    if (type && s.type !== type) continue;
    if (offset < s.value + s.size || s.size === 0 && offset === s.value) return s;
  }
  return null;
}
function functionAt(obj, sectionIndex, offset) {
  return symbolAt(obj, sectionIndex, offset, "FUNC");
}
function functionStartingNear(obj, sectionIndex, offset, window2) {
  const list = indexOf(obj).bySection.get(sectionIndex) ?? [];
  return list.find((s) => s.type === "FUNC" && s.value >= offset && s.value < offset + window2) ?? null;
}
function nextSymbolStart(obj, sectionIndex, offset) {
  const next = (indexOf(obj).bySection.get(sectionIndex) ?? []).find((s) => s.value > offset);
  return next ? next.value : obj.sections[sectionIndex].size;
}
function relocationsIn(section, start2, end) {
  const rels = section.relocations;
  let lo = 0;
  let hi = rels.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (rels[mid].offset < start2) lo = mid + 1;
    else hi = mid;
  }
  let stop2 = lo;
  while (stop2 < rels.length && rels[stop2].offset < end) stop2++;
  return rels.slice(lo, stop2);
}
function maskedBytes(obj, section, start2, end, rels) {
  if (section.type === SHT_NOBITS) throw new Error(`internal: maskedBytes on NOBITS section ${section.name} of ${obj.path}`);
  const out2 = new Uint8Array(Math.max(0, Math.min(end, section.data.length) - start2));
  out2.set(section.data.subarray(start2, start2 + out2.length));
  for (const r of rels) {
    const size = relocationFieldSize(obj.machine, r.type);
    out2.fill(0, Math.max(0, r.offset - start2), Math.min(out2.length, r.offset - start2 + size));
  }
  return out2;
}
function resolveTarget(obj, section, rel, withDigests = true) {
  const sym = obj.symbols[rel.symbol];
  const digestOf = (s) => withDigests ? readOnlyDigest(obj, s) : void 0;
  const anonymous = sym.type === "SECTION" || sym.type === "NOTYPE" && sym.binding === "LOCAL" && (sym.name === "" || sym.name.startsWith(".L"));
  if (!anonymous || !isDefinedIn(obj, sym)) {
    return { kind: "symbol", name: sym.name, delta: rel.addend, digest: digestOf(sym) };
  }
  const inCode = (section.flags & SHF_EXECINSTR) !== 0;
  const bias = inCode ? codeAddendBias(obj.machine, rel.type) : 0;
  const target = obj.sections[sym.sectionIndex];
  const position = sym.value + rel.addend + bias;
  if ((target.flags & SHF_STRINGS) !== 0) return { kind: "string", text: stringAt(target, position) };
  if (target.name === ".toc") {
    const entry = relocationsIn(target, position, position + 1)[0];
    if (entry && entry.offset === position && obj.symbols[entry.symbol].sectionIndex !== target.index) return resolveTarget(obj, target, entry, withDigests);
  }
  const covering = symbolAt(obj, target.index, position);
  if (covering) return { kind: "symbol", name: covering.name, delta: position - covering.value, digest: digestOf(covering) };
  if ((target.flags & SHF_MERGE) !== 0 && target.entsize > 0) {
    return { kind: "constant", hex: hex(target.data.subarray(position, position + target.entsize)) };
  }
  return { kind: "section", section: target.name, position, digest: withDigests ? sectionTailDigest(obj, target, position) : "" };
}
function targetKey(t, mapName) {
  switch (t.kind) {
    case "symbol":
      return `${mapName(t.name)}${t.delta === 0 ? "" : t.delta > 0 ? `+${t.delta}` : `${t.delta}`}${t.digest ? ` [${t.digest}]` : ""}`;
    case "string":
      return JSON.stringify(t.text);
    case "constant":
      return `const:${t.hex}`;
    case "section":
      return `${normaliseName(t.section)}+${t.position}${t.digest ? ` [${t.digest}]` : ""}`;
  }
}
function stringAt(section, position) {
  const d = section.data;
  if (position < 0 || position >= d.length) return `<string offset ${position} out of range>`;
  let end = d.indexOf(0, position);
  if (end < 0) end = d.length;
  return Buffer.from(d.buffer, d.byteOffset + position, end - position).toString("latin1");
}
function hex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
function isReadOnlyData(section) {
  return (section.flags & SHF_ALLOC) !== 0 && (section.flags & (SHF_WRITE | SHF_EXECINSTR)) === 0;
}
function readOnlyDigest(obj, sym) {
  if (sym.type !== "OBJECT" || sym.binding !== "LOCAL" || !isDefinedIn(obj, sym)) return void 0;
  const section = obj.sections[sym.sectionIndex];
  if (!isReadOnlyData(section)) return void 0;
  const index = indexOf(obj);
  let digest = index.digests.get(sym.index);
  if (digest === void 0) {
    digest = rangeDigest(obj, section, sym.value, sym.value + sym.size);
    index.digests.set(sym.index, digest);
  }
  return digest;
}
function sectionTailDigest(obj, section, position) {
  return rangeDigest(obj, section, Math.max(0, position), nextSymbolStart(obj, section.index, position));
}
function rangeDigest(obj, section, start2, end) {
  if (section.type === SHT_NOBITS) return createHash4("sha1").update(`nobits:${Math.max(0, end - start2)}`).digest("hex").slice(0, 12);
  const rels = relocationsIn(section, start2, end);
  const h = createHash4("sha1").update(maskedBytes(obj, section, start2, end, rels));
  for (const r of rels) h.update(`|${r.offset - start2}:${r.type}:${targetKey(resolveTarget(obj, section, r, false), normaliseName)}`);
  return h.digest("hex").slice(0, 12);
}

// src/compare/line-shift.ts
function lineMap(shift) {
  const map = /* @__PURE__ */ new Map();
  for (const { base, head } of shift ?? []) if (base !== head) map.set(base, head);
  return map;
}
function isLineMove(lines, base, head) {
  return base !== head && lines.get(base) === head;
}
var WIDTHS = [4, 2, 1];
function explainByteDiffs(base, head, lines, bigEndian = false) {
  const read = bigEndian ? readBe : readLe;
  const moves = [];
  let covered = -1;
  for (let p = 0; p < base.length; p++) {
    if (base[p] === head[p] || p <= covered) continue;
    if (lines.size === 0) return { unexplained: p, moves };
    let window2 = null;
    for (const w of WIDTHS) {
      for (let s = Math.max(0, p - w + 1); s <= p && s + w <= base.length && !window2; s++) {
        const b = read(base, s, w);
        const h = read(head, s, w);
        if (isLineMove(lines, b, h)) window2 = [s, w, b, h];
      }
      if (window2) break;
    }
    if (!window2) return { unexplained: p, moves };
    covered = window2[0] + window2[1] - 1;
    moves.push([window2[2], window2[3]]);
  }
  return { unexplained: null, moves };
}
function readBe(bytes, at, width) {
  let v = 0;
  for (let i2 = 0; i2 < width; i2++) v = v * 256 + bytes[at + i2];
  return v;
}
function readLe(bytes, at, width) {
  let v = 0;
  for (let i2 = width - 1; i2 >= 0; i2--) v = v * 256 + bytes[at + i2];
  return v;
}
function stringLineMoves(base, head, lines) {
  const split = (s) => s.split(/(\d+)/);
  const a = split(base);
  const b = split(head);
  if (a.length !== b.length) return null;
  const moves = [];
  for (let i2 = 0; i2 < a.length; i2++) {
    if (a[i2] === b[i2]) continue;
    if (i2 % 2 === 0 || !isLineMove(lines, Number(a[i2]), Number(b[i2]))) return null;
    moves.push([Number(a[i2]), Number(b[i2])]);
  }
  return moves.length > 0 ? moves : null;
}

// src/compare/compare-ranges.ts
function symbolRange(obj, sym) {
  const section = obj.sections[sym.sectionIndex];
  const end = sym.size > 0 ? sym.value + sym.size : nextSymbolStart(obj, sym.sectionIndex, sym.value);
  return { section, start: sym.value, end: Math.min(end, section.size) };
}
function compareRanges(base, b, head, h, names, lines) {
  const bSize = Math.max(0, b.end - b.start);
  const hSize = Math.max(0, h.end - h.start);
  if (bSize !== hSize) return { status: "changed", detail: `size ${bSize} \u2192 ${hSize} bytes` };
  const bNobits = b.section.type === SHT_NOBITS;
  if (bNobits !== (h.section.type === SHT_NOBITS)) {
    return { status: "changed", detail: `initialiser changed (${b.section.name} \u2192 ${h.section.name})` };
  }
  if (bNobits) return { status: "unchanged" };
  const bRels = relocationsIn(b.section, b.start, b.end);
  const hRels = relocationsIn(h.section, h.start, h.end);
  const bBytes = maskedBytes(base, b.section, b.start, b.end, bRels);
  const hBytes = maskedBytes(head, h.section, h.start, h.end, hRels);
  if (bRels.length !== hRels.length) return { status: "changed", detail: `${bRels.length} \u2192 ${hRels.length} relocations` };
  const moves = [];
  const changedData = /* @__PURE__ */ new Set();
  let relocDiff = null;
  for (let i2 = 0; i2 < bRels.length && !relocDiff; i2++) {
    const br = bRels[i2];
    const hr = hRels[i2];
    const at = br.offset - b.start;
    if (at !== hr.offset - h.start) {
      relocDiff = { at, detail: `relocation at +0x${hex2(at)} moved to +0x${hex2(hr.offset - h.start)}` };
      break;
    }
    if (br.type !== hr.type) {
      relocDiff = { at, detail: `relocation type at +0x${hex2(at)}: ${br.type} \u2192 ${hr.type}` };
      break;
    }
    const bt = resolveTarget(base, b.section, br);
    const ht = resolveTarget(head, h.section, hr);
    const bk = targetKey(bt, names.base);
    const hk = targetKey(ht, names.head);
    if (bk === hk) continue;
    if (bt.kind === "string" && ht.kind === "string") {
      const m = stringLineMoves(bt.text, ht.text, lines);
      if (m) moves.push(...m);
      else relocDiff = { at, detail: `string at +0x${hex2(at)}: ${short2(bk)} \u2192 ${short2(hk)}` };
    } else if (bt.kind === "symbol" && ht.kind === "symbol" && names.base(bt.name) === names.head(ht.name) && bt.digest === ht.digest && isLineMove(lines, bt.delta, ht.delta)) {
      moves.push([bt.delta, ht.delta]);
    } else if (pointsAtChangedData(bt, ht, names)) {
      changedData.add(bt.name);
    } else relocDiff = { at, detail: `relocation at +0x${hex2(at)}: ${short2(bk)} \u2192 ${short2(hk)}` };
  }
  const bytes = explainByteDiffs(bBytes, hBytes, lines, base.bigEndian);
  if (bytes.unexplained !== null && (!relocDiff || bytes.unexplained < relocDiff.at)) {
    return { status: "changed", detail: `bytes differ at +0x${hex2(bytes.unexplained)}` };
  }
  if (relocDiff) return { status: "changed", detail: relocDiff.detail };
  moves.push(...bytes.moves);
  const data = changedData.size > 0 ? { changedData: [...changedData].sort() } : {};
  if (moves.length === 0) return { status: "unchanged", ...data };
  const unique = [...new Set(moves.map(([from, to]) => `${from} \u2192 ${to}`))];
  return { status: "line-only", detail: `only __LINE__ values moved (${unique.join(", ")})`, ...data };
}
function pointsAtChangedData(bt, ht, names) {
  return bt.kind === "symbol" && ht.kind === "symbol" && bt.digest !== void 0 && ht.digest !== void 0 && bt.delta === ht.delta && names.base(bt.name) === names.head(ht.name) && !isStaticLocalName(bt.name) && !isCompilerConstant(bt.name);
}
function hex2(n) {
  return n.toString(16);
}
function short2(s) {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// src/compare/callers.ts
var METADATA_SECTIONS = [
  ".eh_frame",
  "__mcount_loc",
  "__patchable_function_entries",
  ".orc_unwind",
  ".orc_unwind_ip",
  ".ibt_endbr_seal",
  ".retpoline_sites",
  ".return_sites",
  ".call_sites",
  ".static_call_sites",
  "__jump_table",
  ".altinstructions",
  ".parainstructions",
  "__ex_table",
  "__bug_table",
  ".smp_locks",
  ".kcfi_traps",
  ".discard",
  ".note"
];
function isProgramData(flags2, name2) {
  if ((flags2 & SHF_ALLOC) === 0 || (flags2 & SHF_EXECINSTR) !== 0) return false;
  return !METADATA_SECTIONS.some((m) => name2 === m || name2.startsWith(`${m}.`));
}
var referenceIndexes = /* @__PURE__ */ new WeakMap();
function referencesByTarget(obj) {
  const cached = referenceIndexes.get(obj);
  if (cached) return cached;
  const built = /* @__PURE__ */ new Map();
  const add = (target, ref) => {
    const list = built.get(target);
    if (!list) built.set(target, [ref]);
    else if (!list.some((r) => r.from === ref.from && r.kind === ref.kind)) list.push(ref);
  };
  for (const fn of functionSymbols(obj)) {
    const range2 = symbolRange(obj, fn);
    for (const rel of relocationsIn(range2.section, range2.start, range2.end)) {
      const t = resolveTarget(obj, range2.section, rel, false);
      if (t.kind !== "symbol" || t.name === fn.name) continue;
      add(t.name, { from: fn.name, kind: codeReferenceKind(obj.machine, rel.type, range2.section.data, rel.offset), section: range2.section.name });
    }
  }
  for (const section of obj.sections) {
    if (section.relocations.length === 0 || !isProgramData(section.flags, section.name)) continue;
    for (const rel of section.relocations) {
      const t = resolveTarget(obj, section, rel, false);
      if (t.kind !== "symbol") continue;
      const holder = symbolAt(obj, section.index, rel.offset, "OBJECT");
      add(t.name, { from: holder?.name ?? section.name, kind: "data", section: section.name });
    }
  }
  referenceIndexes.set(obj, built);
  return built;
}
function referencesTo(obj, symbol) {
  return [...referencesByTarget(obj).get(symbol) ?? []];
}
var importIndexes = /* @__PURE__ */ new WeakMap();
function importsSymbol(obj, symbol) {
  let names = importIndexes.get(obj);
  if (!names) {
    names = new Set(obj.symbols.filter((s, i2) => i2 > 0 && s.sectionIndex === SHN_UNDEF && s.name !== "").map((s) => s.name));
    importIndexes.set(obj, names);
  }
  return names.has(symbol);
}
function callersOf(obj, symbol, opts = {}) {
  const fromCode = (refs) => (refs ?? []).filter((r) => r.kind !== "data").map((r) => r.from);
  const index = referencesByTarget(obj);
  if (!opts.anyNumbering) return [...new Set(fromCode(index.get(symbol)))];
  const wanted = normaliseName(symbol);
  const out2 = /* @__PURE__ */ new Set();
  for (const [target, refs] of index) {
    if (normaliseName(target) === wanted) {
      for (const c of fromCode(refs)) if (c !== symbol) out2.add(c);
    }
  }
  return [...out2];
}

// src/compare/correlate.ts
function correlate(base, head, opts = {}) {
  const headGroups = /* @__PURE__ */ new Map();
  for (const h of head) {
    const key = normaliseName(h.name);
    const list = headGroups.get(key);
    if (list) list.push(h);
    else headGroups.set(key, [h]);
  }
  const baseGroups = /* @__PURE__ */ new Map();
  for (const b of base) {
    const key = normaliseName(b.name);
    const list = baseGroups.get(key);
    if (list) list.push(b);
    else baseGroups.set(key, [b]);
  }
  const partner = /* @__PURE__ */ new Map();
  const pairedHead = /* @__PURE__ */ new Set();
  for (const [key, bs] of baseGroups) {
    const hs = headGroups.get(key);
    if (!hs) continue;
    if (bs.length === 1 && hs.length === 1) {
      partner.set(bs[0], hs[0]);
      pairedHead.add(hs[0]);
      continue;
    }
    for (const [b, h] of pairAmbiguous(bs, hs, opts)) {
      partner.set(b, h);
      pairedHead.add(h);
    }
  }
  const pairs = [];
  const removed = [];
  for (const b of base) {
    const h = partner.get(b);
    if (h) pairs.push([b, h]);
    else removed.push(b);
  }
  return { pairs, removed, added: head.filter((h) => !pairedHead.has(h)) };
}
function pairAmbiguous(bs, hs, opts) {
  const byNumbering = (a, b) => compareNumbers(nameNumbers(a.name), nameNumbers(b.name)) || a.index - b.index;
  const restB = [...bs].sort(byNumbering);
  const restH = [...hs].sort(byNumbering);
  const out2 = [];
  const take = (match) => {
    for (let i2 = 0; i2 < restB.length; i2++) {
      const j = restH.findIndex((h) => match(restB[i2], h));
      if (j < 0) continue;
      out2.push([restB[i2], restH[j]]);
      restB.splice(i2--, 1);
      restH.splice(j, 1);
    }
  };
  const { affinity, same } = opts;
  if (affinity) {
    const uniqueKeys = (list, side) => {
      const counts = /* @__PURE__ */ new Map();
      for (const s of list) {
        const k = affinity(s, side);
        if (k !== void 0) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    const cb = uniqueKeys(restB, "base");
    const ch = uniqueKeys(restH, "head");
    take((b, h) => {
      const kb = affinity(b, "base");
      return kb !== void 0 && cb.get(kb) === 1 && ch.get(kb) === 1 && affinity(h, "head") === kb;
    });
  }
  if (same) take(same);
  while (restB.length > 0 && restH.length > 0) out2.push([restB.shift(), restH.shift()]);
  return out2;
}
function compareNumbers(a, b) {
  for (let i2 = 0; i2 < Math.min(a.length, b.length); i2++) if (a[i2] !== b[i2]) return a[i2] - b[i2];
  return a.length - b.length;
}

// src/compare/compare-objects.ts
function compareObjects(base, head, ctx) {
  const lines = lineMap(ctx.lineShift);
  const { functions, data } = correlateSymbols(base, head);
  const names = nameMaps(functions, data);
  const codeDiffs = compareFunctions(base, head, functions, names, lines, ctx);
  attachChildren(codeDiffs);
  const dataDiffs = compareData(base, head, data, names, lines, ctx);
  return { functions: codeDiffs, data: dataDiffs };
}
function dataSymbols(obj) {
  return obj.symbols.filter((s) => {
    if (s.type !== "OBJECT" && s.type !== "TLS" || !isDefinedIn(obj, s) || isCompilerConstant(s.name)) return false;
    const section = obj.sections[s.sectionIndex];
    return /^\.(data|bss|rodata|tdata|tbss)(\.|$)/.test(section.name) && (section.flags & SHF_STRINGS) === 0;
  });
}
var NORMALISED = { base: normaliseName, head: normaliseName };
function correlateSymbols(base, head) {
  const noLines = /* @__PURE__ */ new Map();
  const sameContent = (b, h) => compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), NORMALISED, noLines).status === "unchanged";
  const functions = correlate(functionSymbols(base), functionSymbols(head), { same: sameContent });
  const referrers = { base: lazyReferrers(base), head: lazyReferrers(head) };
  const data = correlate(dataSymbols(base), dataSymbols(head), {
    affinity: (sym, side) => referrers[side]().get(sym.name),
    same: sameContent
  });
  return { functions, data };
}
function lazyReferrers(obj) {
  let map = null;
  return () => {
    if (!map) {
      map = /* @__PURE__ */ new Map();
      for (const fn of functionSymbols(obj)) {
        const range2 = symbolRange(obj, fn);
        for (const rel of relocationsIn(range2.section, range2.start, range2.end)) {
          const t = resolveTarget(obj, range2.section, rel, false);
          if (t.kind === "symbol" && !map.has(t.name)) map.set(t.name, normaliseName(fn.name));
        }
      }
    }
    return map;
  };
}
function nameMaps(...pairings) {
  const baseNames = /* @__PURE__ */ new Set();
  const headToBase = /* @__PURE__ */ new Map();
  for (const p of pairings) {
    for (const [b, h] of p.pairs) {
      baseNames.add(b.name);
      headToBase.set(h.name, b.name);
    }
  }
  return {
    base: (n) => baseNames.has(n) ? n : normaliseName(n),
    head: (n) => headToBase.get(n) ?? normaliseName(n)
  };
}
function compareFunctions(base, head, pairing, names, lines, ctx) {
  const out2 = [];
  const where = { owner: ctx.owner, source: ctx.source };
  for (const [b, h] of pairing.pairs) {
    const r = compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), names, lines);
    out2.push({
      ...where,
      symbol: b.name,
      ...h.name !== b.name ? { headSymbol: h.name } : {},
      status: r.status,
      ...r.detail ? { detail: r.detail } : {},
      ...r.changedData ? { changedData: r.changedData } : {}
    });
  }
  for (const b of pairing.removed) out2.push({ ...where, symbol: b.name, status: "removed", detail: "only at base" });
  for (const h of pairing.added) out2.push({ ...where, symbol: h.name, headSymbol: h.name, status: "added", detail: "only at head" });
  return out2;
}
function attachChildren(diffs) {
  const byName = /* @__PURE__ */ new Map();
  for (const d of diffs) byName.set(d.status === "added" ? d.headSymbol ?? d.symbol : d.symbol, d);
  const depth = (s) => s.split(".").length;
  const children = diffs.filter((d) => childParent(d.symbol) !== null).sort((a, b) => depth(b.symbol) - depth(a.symbol));
  for (const child of children) {
    if (child.status === "unchanged") continue;
    const parent = byName.get(childParent(child.symbol));
    if (!parent || parent.status === "added" || parent.status === "removed") continue;
    const note = `child ${child.symbol} ${child.status}${child.detail ? `: ${child.detail}` : ""}`;
    if (parent.status === "unchanged") {
      parent.status = child.status === "line-only" ? "line-only" : "changed";
      parent.detail = note;
    } else if (parent.status === "line-only" && child.status !== "line-only") {
      parent.status = "changed";
      parent.detail = `${note}; ${parent.detail ?? ""}`.replace(/; $/, "");
    } else {
      parent.detail = parent.detail ? `${parent.detail}; ${note}` : note;
    }
  }
}
function compareData(base, head, pairing, names, lines, ctx) {
  const out2 = [];
  const describe3 = (obj, sym) => ({
    owner: ctx.owner,
    source: ctx.source,
    symbol: sym.name,
    section: sectionBaseName(obj.sections[sym.sectionIndex].name, sym.name),
    staticLocal: isStaticLocalName(sym.name)
  });
  for (const [b, h] of pairing.pairs) {
    const r = compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), names, lines);
    if (r.status === "unchanged") continue;
    const rename = h.name !== b.name ? ` (head: ${h.name})` : "";
    out2.push({ ...describe3(base, b), status: "changed", detail: `${r.detail ?? "contents differ"}${rename}` });
  }
  for (const b of pairing.removed) out2.push({ ...describe3(base, b), status: "removed", detail: "only at base" });
  for (const h of pairing.added) out2.push({ ...describe3(head, h), status: "added", detail: "only at head" });
  return out2;
}

// src/compare/special-sections.ts
var SPECIAL_SECTIONS = [
  "__jump_table",
  ".static_call_sites",
  "__ex_table",
  "__bug_table",
  ".altinstructions",
  ".parainstructions",
  ".smp_locks",
  ".retpoline_sites",
  ".return_sites",
  ".call_sites",
  ".ibt_endbr_seal",
  ".kcfi_traps",
  ".printk_index",
  "__patchable_function_entries",
  "__mcount_loc"
];
var SPECIAL = new Set(SPECIAL_SECTIONS);
var KEYED = /* @__PURE__ */ new Set(["__jump_table", ".static_call_sites"]);
var PLUMBING = /^(\.TOC\.|__fentry__|mcount|_mcount|__mcount|__x86_return_thunk|__x86_indirect_thunk_\w+|__x86_indirect_call_thunk_\w+|__stack_chk_fail|__sanitizer_cov_\w+)$/;
var MAX_STRINGS = 8;
function codeFacts(obj, side, owner, source, only) {
  const special = specialEntries(obj);
  return functionSymbols(obj).filter((fn) => !only || only.has(fn.name)).map((fn) => ({
    side,
    owner,
    source,
    symbol: fn.name,
    machine: obj.machine,
    special: special.get(fn.index) ?? [],
    ...codeReferences(obj, fn)
  }));
}
function specialEntries(obj) {
  const out2 = /* @__PURE__ */ new Map();
  const useOf = (fn, section) => {
    const list = out2.get(fn.index) ?? [];
    out2.set(fn.index, list);
    let use = list.find((u) => u.section === section);
    if (!use) list.push(use = { section, references: 0, keys: [] });
    return use;
  };
  for (const section of obj.sections) {
    if (!SPECIAL.has(section.name)) continue;
    let last = null;
    for (const rel of section.relocations) {
      const fn = codeTargetOf(obj, rel);
      if (fn) {
        last = useOf(fn, section.name);
        last.references++;
        continue;
      }
      if (!last || !KEYED.has(section.name)) continue;
      const key = obj.symbols[rel.symbol];
      const t = resolveTarget(obj, section, rel, false);
      const name2 = t.kind === "symbol" ? t.name : key.name;
      if (last.keys.some((k) => k.name === name2)) continue;
      last.keys.push(isDefinedIn(obj, key) ? { name: name2, section: obj.sections[key.sectionIndex].name } : { name: name2 });
    }
  }
  return out2;
}
function codeTargetOf(obj, rel) {
  const sym = obj.symbols[rel.symbol];
  if (!isDefinedIn(obj, sym)) return null;
  const target = obj.sections[sym.sectionIndex];
  if ((target.flags & SHF_EXECINSTR) === 0) return null;
  return functionAt(obj, target.index, sym.value + rel.addend);
}
function codeReferences(obj, fn) {
  const range2 = symbolRange(obj, fn);
  const seen = /* @__PURE__ */ new Map();
  const strings = [];
  for (const rel of relocationsIn(range2.section, range2.start, range2.end)) {
    const t = resolveTarget(obj, range2.section, rel, false);
    if (t.kind === "string") {
      if (strings.length < MAX_STRINGS && !strings.includes(t.text)) strings.push(t.text);
      continue;
    }
    if (t.kind !== "symbol" || t.name === fn.name || PLUMBING.test(t.name)) continue;
    const sym = symbolNamed(obj, rel, t.name);
    const kind = instructionKind(obj, range2.section, rel);
    const key = `${t.name}\0${kind}`;
    if (seen.has(key)) continue;
    seen.set(key, {
      name: t.name,
      kind,
      type: sym?.type ?? "NOTYPE",
      ...sym && isDefinedIn(obj, sym) ? { section: obj.sections[sym.sectionIndex].name } : {}
    });
  }
  return { references: [...seen.values()], strings };
}
function symbolNamed(obj, rel, name2) {
  const own = obj.symbols[rel.symbol];
  return own.name === name2 ? own : definedByName(obj).get(name2);
}
var definedNames = /* @__PURE__ */ new WeakMap();
function definedByName(obj) {
  let map = definedNames.get(obj);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const s of obj.symbols) if ((s.type === "FUNC" || s.type === "OBJECT" || s.type === "TLS") && isDefinedIn(obj, s) && !map.has(s.name)) map.set(s.name, s);
    definedNames.set(obj, map);
  }
  return map;
}
function instructionKind(obj, section, rel) {
  const d = section.data;
  if (obj.machine === EM_X86_64 && (rel.type === 2 || rel.type === 4) && rel.offset >= 1) {
    const op = d[rel.offset - 1];
    if (op === 232) return "call";
    if (op === 233) return "tail-call";
    if (rel.offset >= 2 && d[rel.offset - 2] === 15 && (op & 240) === 128) return "tail-call";
    return "address";
  }
  if (obj.machine === EM_PPC64 && rel.type === 10 && rel.offset + 4 <= d.length) {
    const word = d[rel.offset] | d[rel.offset + 1] << 8 | d[rel.offset + 2] << 16 | d[rel.offset + 3] << 24;
    return (word & 1) === 1 ? "call" : "tail-call";
  }
  if (obj.machine === EM_AARCH64) {
    if (rel.type === 283) return "call";
    if (rel.type === 282) return "tail-call";
  }
  return "address";
}
function exportFacts(obj, side, owner, source, crcs = /* @__PURE__ */ new Map()) {
  const out2 = [];
  for (const section of obj.sections) {
    const m = /^___ksymtab(_gpl|_unused|_unused_gpl)?\+(.+)$/.exec(section.name);
    if (!m) continue;
    const symbol = m[2];
    const crc = crcs.get(symbol);
    out2.push({ side, owner, source, symbol, license: m[1] ?? "", namespace: namespaceOf(obj, symbol), ...crc ? { crc } : {} });
  }
  return out2;
}
function namespaceOf(obj, symbol) {
  const label = obj.symbols.find((s) => s.name === `__kstrtabns_${symbol}` && isDefinedIn(obj, s));
  if (!label) return "";
  const data = obj.sections[label.sectionIndex].data;
  let end = data.indexOf(0, label.value);
  if (end < 0) end = data.length;
  return Buffer.from(data.buffer, data.byteOffset + label.value, end - label.value).toString("latin1");
}
function symversCrcs(cmdText) {
  const out2 = /* @__PURE__ */ new Map();
  for (const m of cmdText.matchAll(/^#SYMVER (\S+) (0x[0-9a-fA-F]+)$/gm)) out2.set(m[1], m[2].toLowerCase());
  return out2;
}

// src/compare/symbol-facts.ts
var FENTRY_NAMES = /* @__PURE__ */ new Set(["__fentry__", "mcount", "__mcount", "_mcount"]);
var ENTRY_WINDOW = 16;
var ENTRY_RECORD_SECTIONS = /* @__PURE__ */ new Set(["__patchable_function_entries", "__mcount_loc"]);
var PREFIX_NOP_WINDOW = 64;
var S390_JGNOP = [192, 4, 0, 0, 0, 0];
function symbolFacts(obj, side, owner, source) {
  const recorded = entryRecords(obj);
  const hotpatch = obj.machine === EM_S390 && !hasEntryRecords(obj);
  return functionSymbols(obj).map((sym) => ({
    side,
    owner,
    source,
    symbol: sym.name,
    section: obj.sections[sym.sectionIndex].name,
    global: sym.binding === "GLOBAL" || sym.binding === "WEAK",
    hasFentry: recorded.has(sym.index) || callsFentryAtEntry(obj, sym) || hotpatch && startsWithJgnop(obj, sym),
    sympos: 0,
    size: sym.size
  }));
}
function callsFentryAtEntry(obj, sym) {
  const section = obj.sections[sym.sectionIndex];
  const start2 = sym.value + sym.localEntry;
  const end = Math.min(start2 + ENTRY_WINDOW, sym.size > 0 ? sym.value + sym.size : start2 + ENTRY_WINDOW);
  return relocationsIn(section, sym.value, end).some((r) => FENTRY_NAMES.has(obj.symbols[r.symbol].name));
}
function startsWithJgnop(obj, sym) {
  const data = obj.sections[sym.sectionIndex].data;
  return sym.value + S390_JGNOP.length <= data.length && S390_JGNOP.every((b, i2) => data[sym.value + i2] === b);
}
function hasEntryRecords(obj) {
  return obj.sections.some((s) => ENTRY_RECORD_SECTIONS.has(s.name));
}
function entryRecords(obj) {
  const out2 = /* @__PURE__ */ new Set();
  for (const section of obj.sections) {
    if (!ENTRY_RECORD_SECTIONS.has(section.name)) continue;
    for (const rel of section.relocations) {
      const target = obj.symbols[rel.symbol];
      if (!isDefinedIn(obj, target)) continue;
      const pos = target.value + rel.addend;
      const fn = functionAt(obj, target.sectionIndex, pos) ?? functionStartingNear(obj, target.sectionIndex, pos, PREFIX_NOP_WINDOW);
      if (fn) out2.add(fn.index);
    }
  }
  return out2;
}
function assignSympos(facts) {
  const groups = /* @__PURE__ */ new Map();
  const seenGlobal = /* @__PURE__ */ new Set();
  facts.forEach((f, i2) => {
    const key = `${f.side}\0${f.owner}\0${f.symbol}`;
    if (f.global) {
      if (seenGlobal.has(key)) return;
      seenGlobal.add(key);
    }
    const list = groups.get(key);
    if (list) list.push(i2);
    else groups.set(key, [i2]);
  });
  const position = /* @__PURE__ */ new Map();
  for (const list of groups.values()) {
    if (list.length < 2 || list.every((i2) => facts[i2].global)) continue;
    list.forEach((i2, n) => position.set(i2, n + 1));
  }
  return facts.map((f, i2) => ({ ...f, sympos: position.get(i2) ?? 0 }));
}

// src/evidence/diff.ts
function decisionsOf(d, fn) {
  const out2 = /* @__PURE__ */ new Map();
  const pc = d.pureConst.find((r) => r.function === fn);
  if (pc?.state) out2.set("pure-const", pc.state);
  for (const flag of ["nothrow", "noreturn", "malloc"]) if (pc?.[flag]) out2.set(flag, flag);
  const into = d.icf.find((m) => m.merged === fn);
  const kept = d.icf.filter((m) => m.kept === fn).map((m) => m.merged).sort();
  if (into) out2.set("icf", `merged into ${into.kept}`);
  else if (kept.length > 0) out2.set("icf", `kept, ${kept.join(", ")} merged into it`);
  return out2;
}
function diffIpaDecisions(source, base, head, functions) {
  const names = functions ? new Set(functions) : /* @__PURE__ */ new Set([
    ...[base, head].flatMap((d) => d.pureConst.map((r) => r.function)),
    ...[base, head].flatMap((d) => d.icf.flatMap((m) => [m.kept, m.merged]))
  ]);
  const out2 = [];
  for (const fn of [...names].sort()) {
    const b = decisionsOf(base, fn);
    const h = decisionsOf(head, fn);
    for (const kind of [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].sort()) {
      if (b.get(kind) === h.get(kind)) continue;
      const e = { source, function: fn, kind };
      if (b.has(kind)) e.base = b.get(kind);
      if (h.has(kind)) e.head = h.get(kind);
      out2.push(e);
    }
  }
  return out2;
}

// src/evidence/dump-files.ts
import path16 from "node:path";
var EVIDENCE_FLAGS = ["-fdump-ipa-pure-const", "-fdump-ipa-icf-details"];
function evidenceDumpKind(fileName, object, source) {
  const stem = path16.basename(object).replace(/\.[^.]*$/, "") + path16.extname(source);
  const base = path16.basename(fileName);
  if (!base.startsWith(`${stem}.`)) return null;
  const m = /^\.\d+i\.(pure-const|icf)$/.exec(base.slice(stem.length));
  return m ? m[1] : null;
}

// src/evidence/read-dumps.ts
import fs14 from "node:fs";
import path17 from "node:path";

// src/evidence/node-name.ts
function parseDumpNode(text) {
  const slash = text.lastIndexOf("/");
  if (slash > 0 && /^\d+$/.test(text.slice(slash + 1))) {
    return { name: text.slice(0, slash), order: Number(text.slice(slash + 1)) };
  }
  return { name: text };
}

// src/evidence/icf.ts
var HIT = /^(?:(.+?):(\d+):\d+: [a-z-]+: )?Semantic equality hit:(\S+?)->(\S+)\s*$/;
function parseIcfDump(text) {
  const merges = [];
  text.split("\n").forEach((raw, i2) => {
    const m = HIT.exec(raw.trimEnd());
    if (!m) return;
    const merge = { kept: parseDumpNode(m[3]).name, merged: parseDumpNode(m[4]).name, line: i2 + 1 };
    if (m[1]) {
      merge.file = m[1];
      merge.sourceLine = Number(m[2]);
    }
    merges.push(merge);
  });
  return merges;
}

// src/evidence/pure-const.ts
var STATE = /^Function found to be (looping )?(const|pure): (\S+)\s*$/;
var FLAG = /^Function found to be (nothrow|noreturn|malloc): (\S+)\s*$/;
function parsePureConstDump(text) {
  const byName = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  const recordFor = (node, line) => {
    const { name: name2, order } = parseDumpNode(node);
    let r = byName.get(name2);
    if (!r) {
      r = { function: name2, order, nothrow: false, noreturn: false, malloc: false, line };
      byName.set(name2, r);
    }
    return r;
  };
  lines.forEach((raw, i2) => {
    const line = raw.trimEnd();
    let m = STATE.exec(line);
    if (m) {
      recordFor(m[3], i2 + 1).state = `${m[1] ? "looping " : ""}${m[2]}`;
      return;
    }
    m = FLAG.exec(line);
    if (m) recordFor(m[2], i2 + 1)[m[1]] = true;
  });
  return [...byName.values()];
}

// src/evidence/read-dumps.ts
function readIpaDecisions(object, source) {
  const dir = path17.dirname(object);
  const out2 = { pureConst: [], icf: [], found: [] };
  let entries;
  try {
    entries = fs14.readdirSync(dir);
  } catch {
    return out2;
  }
  for (const name2 of entries.sort()) {
    const kind = evidenceDumpKind(name2, object, source);
    if (!kind) continue;
    const file = path17.join(dir, name2);
    const text = fs14.readFileSync(file, "utf8");
    out2.found.push(file);
    if (kind === "pure-const") out2.pureConst.push(...parsePureConstDump(text));
    else out2.icf.push(...parseIcfDump(text));
  }
  return out2;
}

// src/pipeline/causes.ts
function flagDifference(base, head) {
  const norm = (argv, roots) => argv.map((a) => roots.reduce((x, r) => r ? x.split(r).join("<dir>") : x, a));
  const b = norm(base.argv, base.roots);
  const h = norm(head.argv, head.roots);
  const count = (list) => list.reduce((m, a) => m.set(a, (m.get(a) ?? 0) + 1), /* @__PURE__ */ new Map());
  const bc = count(b);
  const hc = count(h);
  const out2 = [];
  for (const [a, n] of hc) for (let i2 = bc.get(a) ?? 0; i2 < n; i2++) out2.push(`+${a}`);
  for (const [a, n] of bc) for (let i2 = hc.get(a) ?? 0; i2 < n; i2++) out2.push(`-${a}`);
  return out2;
}
function sourcesToExplain(lists, dataDiffs, other) {
  const out2 = /* @__PURE__ */ new Set();
  for (const o of [...lists.patch, ...lists.notNeeded]) for (const f of o.functions) if (f.reasons.some((r) => r.kind === "unexplained")) out2.add(f.file);
  for (const u of lists.unpatchable) if (u.reasons.some((r) => r.kind === "unexplained")) out2.add(u.file);
  for (const d of dataDiffs) if (!d.staticLocal && d.status !== "added" && !changedByDiff(d, other)) out2.add(d.source);
  return out2;
}
function changedByDiff(d, other) {
  return other.some((c) => c.kind === "data" && c.name === d.symbol && c.file === d.source);
}
function explain(reason, symbol, file, owner, ev, details) {
  if (reason.kind !== "unexplained") return reason;
  const changes = (ev.compiled.get(file) ?? []).map((i2) => ev.other[i2]);
  const flags2 = ev.flags.get(file) ?? [];
  if (changes.length === 0 && flags2.length === 0) return reason;
  const detail = details.get(`${owner}\0${file}\0${normaliseName(symbol)}`);
  const code = `the code of ${symbol} differs${detail ? ` (${detail})` : ""}`;
  if (changes.length === 0) {
    return { kind: "build-flags", causes: flags2, chain: [`${file} is compiled with other flags at head (${flags2.join(" ")}): its build files changed`, code] };
  }
  const layouts = changes.filter(isLayoutChange);
  const named = (list) => list.map((c) => `${changeLabel(c)} (${c.file}:${c.line})`).join(", ");
  if (layouts.length > 0) {
    const others = changes.filter((c) => !isLayoutChange(c));
    return {
      kind: "layout",
      causes: layouts.map(changeLabel),
      chain: [
        `${named(layouts)} change${layouts.length === 1 ? "s" : ""} layout`,
        `${file} compiles the new layout (its preprocessed text differs between base and head)${others.length > 0 ? `, and also ${named(others)}` : ""}`,
        code
      ]
    };
  }
  return {
    kind: "non-function",
    causes: changes.map(changeLabel),
    chain: [`${file} compiles ${named(changes)} differently on base and head (preprocessed text)`, code]
  };
}
function explainCauses(lists, dataDiffs, ev) {
  const details = new Map(ev.codeDiffs.map((d) => [`${d.owner}\0${d.source}\0${normaliseName(d.symbol)}`, d.detail]));
  const objects = (list) => list.map((o) => ({ ...o, functions: o.functions.map((f) => ({ ...f, reasons: f.reasons.map((r) => explain(r, f.symbol, f.file, o.object, ev, details)) })) }));
  const unpatchable = lists.unpatchable.map((u) => ({ ...u, reasons: u.reasons.map((r) => explain(r, u.symbol, u.file, u.object, ev, details)) }));
  const data = dataDiffs.map((d) => {
    if (d.staticLocal || d.status === "added" || changedByDiff(d, ev.other)) return d;
    const causes = (ev.compiled.get(d.source) ?? []).map((i2) => changeLabel(ev.other[i2]));
    return causes.length > 0 ? { ...d, causes: [...new Set(causes)] } : d;
  });
  return {
    lists: { patch: objects(lists.patch), newFunctions: lists.newFunctions, vanished: lists.vanished, notNeeded: objects(lists.notNeeded), unpatchable },
    dataDiffs: data
  };
}

// src/pipeline/configuration-check.ts
import { readFile as readFile2 } from "node:fs/promises";
import path19 from "node:path";

// src/compile/preprocess.ts
import { execFile as execFile3 } from "node:child_process";
import path18 from "node:path";

// src/compare/preprocessed.ts
var MARKER = /^# (\d+) "((?:[^"\\]|\\.)*)"((?: \d)*)$/;
var MACRO_DIRECTIVE = /^#(define|undef) ([A-Za-z_]\w*)/;
function readPreprocessed(text, opts) {
  const unit = { files: /* @__PURE__ */ new Map(), macros: /* @__PURE__ */ new Map() };
  const pathCache = /* @__PURE__ */ new Map();
  const repoPath = (raw) => {
    let p = pathCache.get(raw);
    if (p === void 0) {
      p = opts.repoPath(raw.replace(/\\(.)/g, "$1"));
      pathCache.set(raw, p);
    }
    return p;
  };
  const clean = (s) => {
    let out2 = s;
    for (const prefix of opts.stripPrefixes) out2 = out2.split(prefix).join("");
    return out2.replace(/\s+/g, " ").trim();
  };
  let file = null;
  let kept;
  let line = 1;
  const keep = (at, s) => {
    if (!kept || s === "") return;
    const before = kept.get(at);
    kept.set(at, before === void 0 ? s : `${before} ${s}`);
  };
  for (const raw of text.split("\n")) {
    if (raw.startsWith("#")) {
      const marker = MARKER.exec(raw);
      if (marker) {
        const next = repoPath(marker[2]);
        if (marker[3].includes(" 1")) keep(line, `#include ${next ?? clean(marker[2])}`);
        file = next;
        kept = file !== null && opts.files.has(file) ? getOrCreate(unit.files, file) : void 0;
        line = Number(marker[1]);
        continue;
      }
      const directive = MACRO_DIRECTIVE.exec(raw);
      if (directive) {
        line++;
        if (!opts.macros.has(directive[2])) continue;
        const texts = getOrCreate(unit.macros, directive[2], () => []);
        const t = clean(raw);
        if (!texts.includes(t)) texts.push(t);
        continue;
      }
    }
    keep(line, clean(raw));
    line++;
  }
  return unit;
}
function getOrCreate(map, key, make = () => /* @__PURE__ */ new Map()) {
  let v = map.get(key);
  if (v === void 0) {
    v = make();
    map.set(key, v);
  }
  return v;
}
function preprocessedText(lines, range2) {
  if (!lines) return "";
  const picked = [...lines.entries()].filter(([l]) => !range2 || l >= range2[0] && l <= range2[1]).sort((a, b) => a[0] - b[0]);
  return picked.map(([, t]) => t).join(" ");
}

// src/compile/preprocess.ts
var DROP_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "-MF", "-MT", "-MQ", "-dumpdir", "-dumpbase", "-dumpbase-ext", "-aux-info"]);
var DROP = /^(-c|-S|-E|-M|-MM|-MD|-MMD|-MP|-MG|-o.+|-Wp,-M.*|-fdump-.*|-save-temps.*|-fstack-usage|-fcallgraph-info.*|-d[A-Z]+|-P|-C|-CC)$/;
function preprocessArgv(argv) {
  const out2 = [argv[0]];
  for (let i2 = 1; i2 < argv.length; i2++) {
    const a = argv[i2];
    if (DROP_WITH_VALUE.has(a)) i2++;
    else if (!DROP.test(a)) out2.push(a);
  }
  return [...out2, "-E", "-dU"];
}
function repoPathIn(tree, cwd) {
  return (p) => {
    if (p.startsWith("<")) return null;
    const rel = path18.relative(tree.sourceDir, path18.resolve(cwd, p));
    return rel === "" || rel.startsWith("..") || path18.isAbsolute(rel) ? null : rel.split(path18.sep).join("/");
  };
}
async function preprocessUnit(unit, tree, question) {
  const argv = preprocessArgv(unit.command);
  const text = await new Promise((resolve2, reject) => {
    execFile3(argv[0], argv.slice(1), { cwd: unit.cwd, maxBuffer: 1 << 30, encoding: "latin1" }, (err2, stdout2, stderr) => {
      if (err2) reject(new Error(`${path18.basename(argv[0])} -E failed: ${String(stderr).trim().split("\n").slice(-3).join(" ") || err2.message}`));
      else resolve2(stdout2);
    });
  });
  const prefixes = [tree.sourceDir, tree.outputDir].flatMap((d) => [`${d}/`, d]);
  return readPreprocessed(text, { ...question, repoPath: repoPathIn(tree, unit.cwd), stripPrefixes: prefixes });
}

// src/compare/compiled-change.ts
var NOT_MACROS = /* @__PURE__ */ new Set(["defined", "IS_ENABLED", "IS_BUILTIN", "IS_MODULE", "IS_REACHABLE", "__has_include", "__has_include_next", "__has_attribute", "__has_builtin", "__has_cpp_attribute"]);
function enclosingConditions(text, file, line) {
  const lines = text.split("\n");
  const stack = [];
  for (let i2 = 0; i2 < Math.min(line - 1, lines.length); i2++) {
    let t = lines[i2];
    const start2 = i2;
    while (t.endsWith("\\") && i2 + 1 < lines.length) t = t.slice(0, -1) + " " + lines[++i2];
    const m = /^\s*#\s*(ifdef|ifndef|if|elifdef|elifndef|elif|else|endif)\b(.*)$/.exec(t);
    if (!m) continue;
    const [, kind, rest] = m;
    const expr = rest.replace(/\/\*.*?\*\//g, " ").replace(/\/\/.*$|\/\*.*$/, "").replace(/\s+/g, " ").trim();
    const directive = `#${kind}${expr ? ` ${expr}` : ""}`;
    if (kind === "if" || kind === "ifdef" || kind === "ifndef") {
      const guard = kind === "ifndef" && new RegExp(`^\\s*#\\s*define\\s+${escapeRegExp(expr)}\\b`).test(nextCodeLine(lines, i2 + 1));
      stack.push({ opening: directive, openLine: start2 + 1, current: directive, currentLine: start2 + 1, macros: macrosIn(expr), guard });
    } else if (kind === "endif") {
      stack.pop();
    } else if (stack.length > 0) {
      const top = stack[stack.length - 1];
      top.current = kind === "else" ? `#else (of ${top.opening}, line ${top.openLine})` : `${directive} (of ${top.opening}, line ${top.openLine})`;
      top.currentLine = start2 + 1;
      for (const macro of macrosIn(expr)) if (!top.macros.includes(macro)) top.macros.push(macro);
    }
  }
  return stack.filter((g) => !g.guard).map((g) => ({ directive: g.current, file, line: g.currentLine, macros: g.macros }));
}
function nextCodeLine(lines, from) {
  for (let i2 = from; i2 < lines.length; i2++) if (lines[i2].trim() !== "") return lines[i2];
  return "";
}
function macrosIn(expr) {
  const out2 = [];
  for (const m of expr.matchAll(/\b[A-Za-z_]\w*\b/g)) if (!NOT_MACROS.has(m[0]) && !out2.includes(m[0])) out2.push(m[0]);
  return out2;
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var isUnit = (u) => !("error" in u);
function macroValue(unit, macro) {
  if (unit.macros.get(`${macro}_MODULE`)?.some((d) => d.startsWith("#define"))) return "m";
  const texts = unit.macros.get(macro);
  if (!texts || texts.length === 0) return void 0;
  const last = texts[texts.length - 1];
  if (last.startsWith("#undef")) return "off";
  const body2 = last.replace(/^#define \S+ ?/, "");
  return body2 === "1" || body2 === "" ? "on" : `=${body2}`;
}
function conditionFacts(subject, units) {
  const out2 = [];
  for (const c of subject.conditions) {
    for (const macro of c.macros) {
      const values = [...new Set(units.map((u) => macroValue(u, macro)).filter((v) => v !== void 0))];
      out2.push({ macro, value: values.length === 0 ? "not tested" : values.join(" / "), directive: c.directive, file: c.file, line: c.line });
    }
  }
  return out2;
}
function textIn(subject, unit, side) {
  const file = side === "base" ? subject.baseFile : subject.file;
  if (subject.compare === "macro") return [...unit.macros.get(subject.macro ?? "") ?? []].sort().join(" | ");
  const range2 = side === "base" ? subject.baseLines : subject.headLines;
  if (subject.compare === "lines" && !range2) return "";
  return preprocessedText(unit.files.get(file), subject.compare === "lines" ? range2 : void 0);
}
function differingMiddle(a, b, max = 80) {
  const ta = a.split(" ");
  const tb = b.split(" ");
  let top = 0;
  while (top < ta.length && top < tb.length && ta[top] === tb[top]) top++;
  let bottom = 0;
  while (bottom < ta.length - top && bottom < tb.length - top && ta[ta.length - 1 - bottom] === tb[tb.length - 1 - bottom]) bottom++;
  const cut = (s) => s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
  return [cut(ta.slice(top, ta.length - bottom).join(" ")), cut(tb.slice(top, tb.length - bottom).join(" "))];
}
function listUnits(units) {
  const shown = units.slice(0, 4).join(", ");
  return units.length > 4 ? `${shown} and ${units.length - 4} more` : shown;
}
function judgeChange(subject, pairs) {
  const including = [];
  const failed = [];
  for (const p of pairs) {
    const baseIn = isUnit(p.base) && p.base.files.has(subject.baseFile);
    const headIn = isUnit(p.head) && p.head.files.has(subject.file);
    if (isUnit(p.base) && isUnit(p.head)) {
      if (baseIn || headIn) including.push({ source: p.source, base: p.base, head: p.head });
    } else {
      failed.push(`${p.source} (${[p.base, p.head].filter((u) => !isUnit(u)).map((u) => u.error).join("; ")})`);
    }
  }
  const units = including.map((u) => u.source);
  const conditions = conditionFacts(subject, including.flatMap((u) => [u.head, u.base]));
  const decided = conditions.filter((c) => c.value !== "not tested");
  const inner = subject.conditions[subject.conditions.length - 1];
  const because = decided.length > 0 ? `${decided.map((c) => `${c.macro} is ${c.value}`).join(", ")} (${inner.directive} at ${inner.file}:${inner.line})` : "";
  for (const u of including) {
    const base = textIn(subject, u.base, "base");
    const head = textIn(subject, u.head, "head");
    if (base === head) continue;
    const [was, now] = differingMiddle(base, head);
    const what = was === "" ? `head adds '${now}'` : now === "" ? `head drops '${was}'` : `'${was}' becomes '${now}'`;
    const where = subject.compare === "macro" ? `the definition of ${subject.macro} it expands or tests differs` : `the preprocessed ${subject.label} differs`;
    return { status: "compiled-in", conditions, units, evidence: `compiled in: in ${u.source} ${where} (${what})${because ? `; ${because}` : ""}.` };
  }
  if (failed.length > 0) {
    return { status: "unknown", conditions, units, evidence: `the configuration check could not preprocess ${listUnits(failed)}: the change is judged as if compiled in.` };
  }
  if (including.length === 0) {
    return { status: "unknown", conditions, units, evidence: `no translation unit built on both sides includes ${subject.file}: the change is judged as if compiled in.` };
  }
  const inUnits = `${plural(including.length, "translation unit")} that include ${subject.file} (${listUnits(units)})`;
  const unchanged = subject.compare === "macro" ? including.every((u) => !u.base.macros.has(subject.macro ?? "") && !u.head.macros.has(subject.macro ?? "")) ? `${subject.macro} is neither expanded nor tested in the ${inUnits}` : `the definition of ${subject.macro} expanded in the ${inUnits} is the same on base and head` : including.every((u) => textIn(subject, u.base, "base") === "") ? `the preprocessor drops its lines in the ${inUnits}` : `the preprocessed ${subject.label} is the same on base and head in the ${inUnits}`;
  return { status: "compiled-out", conditions, units, evidence: `not in this configuration: ${because ? `${because}; ` : ""}${unchanged}.` };
}

// src/pipeline/configuration-check.ts
async function checkAgainstConfiguration(changes, base, head, opts) {
  const started = Date.now();
  const subjects = await subjectsOf(changes, base, head);
  if (subjects.length === 0) return { changes, preprocessed: [], unitsPreprocessed: 0, seconds: 0 };
  const pairs = unitPairs(changes, base, head);
  const preprocessed = await preprocessWhileUndecided(subjects, pairs, base, head, opts.jobs);
  const failures = preprocessed.filter((p) => "error" in p.base || "error" in p.head);
  if (failures.length > 0) {
    opts.warnings.push({ source: "configuration", message: `could not preprocess ${plural(failures.length, "translation unit")} for the configuration check (first: ${failures[0].source}); changes they include keep their severity` });
  }
  const facts = subjects.map((s) => judgeChange(s.subject, preprocessed));
  const seconds = (Date.now() - started) / 1e3;
  const count = (status) => facts.filter((f) => f.status === status).length;
  opts.onProgress?.(`configuration: ${plural(preprocessed.length, "unit")} preprocessed on each side in ${seconds.toFixed(1)} s; ${plural(count("compiled-in"), "change")} compiled in, ${count("compiled-out")} compiled out, ${count("unknown")} unknown`);
  return { changes: withFacts(changes, subjects, facts), preprocessed, unitsPreprocessed: preprocessed.length, seconds };
}
async function changesCompiledIn(check, base, head, sources, jobs) {
  const { changes } = check;
  const out2 = /* @__PURE__ */ new Map();
  const subjects = (await subjectsOf(changes, base, head)).filter((s) => s.target.list === "other");
  if (subjects.length === 0 || sources.size === 0) return out2;
  const question = questionFor(subjects);
  const done = new Map(check.preprocessed.filter((p) => sources.has(p.source)).map((p) => [p.source, p]));
  const pairs = unitPairs(changes, base, head).filter((p) => sources.has(p.source) && !done.has(p.source) && subjects.some((s) => mayInclude(p.base, s.subject.baseFile) || mayInclude(p.head, s.subject.file)));
  const perBatch = Math.max(1, Math.floor(jobs / 2));
  const judge = (results) => {
    for (const r of results) {
      const compiled = subjects.filter((s) => judgeChange(s.subject, [r]).status === "compiled-in").map((s) => s.target.index);
      if (compiled.length > 0) out2.set(r.source, compiled);
    }
  };
  judge([...done.values()]);
  for (let i2 = 0; i2 < pairs.length; i2 += perBatch) judge(await Promise.all(pairs.slice(i2, i2 + perBatch).map((p) => preprocessPair(p, base, head, question))));
  return out2;
}
function questionFor(subjects) {
  return {
    files: new Set(subjects.flatMap((s) => [s.subject.file, s.subject.baseFile])),
    macros: new Set(subjects.flatMap((s) => [...s.subject.macro ? [s.subject.macro] : [], ...s.subject.conditions.flatMap((c) => c.macros.flatMap((m) => [m, `${m}_MODULE`]))]))
  };
}
async function preprocessPair(p, base, head, question) {
  const [b, h] = await Promise.all([
    preprocessUnit(p.base, base, question).catch((e) => ({ error: e.message })),
    preprocessUnit(p.head, head, question).catch((e) => ({ error: e.message }))
  ]);
  return { source: p.source, base: b, head: h };
}
async function subjectsOf(changes, base, head) {
  const basePathOf = new Map(changes.files.map((f) => [f.path, f.basePath ?? f.path]));
  const texts = /* @__PURE__ */ new Map();
  const textOf = (build, file) => {
    const key = `${build.side}\0${file}`;
    let t = texts.get(key);
    if (!t) texts.set(key, t = readFile2(path19.join(build.sourceDir, file), "utf8").catch(() => null));
    return t;
  };
  const out2 = [];
  const add = async (target, item, line, compare, label, macro) => {
    if (!/\.(c|h)$/.test(item.file)) return;
    const onHead = item.headLines !== void 0 || item.baseLines === void 0;
    const file = item.file;
    const baseFile = basePathOf.get(file) ?? file;
    const text = await textOf(onHead ? head : base, onHead ? file : baseFile);
    const conditions = text === null ? [] : enclosingConditions(text, onHead ? file : baseFile, line);
    const subject = { compare, file, baseFile, conditions, label };
    if (item.baseLines) subject.baseLines = item.baseLines;
    if (item.headLines) subject.headLines = item.headLines;
    if (macro !== void 0) subject.macro = macro;
    out2.push({ subject, target });
  };
  for (const [index, c] of changes.other.entries()) {
    const label = changeLabel(c);
    const spans = c.baseLines !== void 0 || c.headLines !== void 0;
    const compare = c.kind === "macro" && c.name ? "macro" : c.kind === "other" || !spans ? "file" : "lines";
    await add({ list: "other", index }, c, c.line, compare, label, compare === "macro" ? c.name : void 0);
  }
  for (const [index, fn] of changes.functions.entries()) {
    if (!fn.markers.some(isInitMarker)) continue;
    const line = fn.changedLines[0] ?? fn.headLines?.[0] ?? fn.baseLines?.[0] ?? 1;
    await add({ list: "functions", index }, fn, line, fn.baseLines || fn.headLines ? "lines" : "file", `function ${fn.name}`);
  }
  return out2;
}
function unitPairs(changes, base, head) {
  const renamedTo = new Map(changes.files.filter((f) => f.basePath).map((f) => [f.basePath, f.path]));
  const headBySource = new Map(head.units.map((u) => [u.source, u]));
  const out2 = [];
  for (const b of base.units) {
    const h = headBySource.get(renamedTo.get(b.source) ?? b.source);
    if (h) out2.push({ source: b.source, base: b, head: h });
  }
  return out2;
}
function mayInclude(unit, file) {
  return unit.source === file || unit.deps === void 0 || unit.deps.includes(file);
}
async function preprocessWhileUndecided(subjects, pairs, base, head, jobs) {
  const question = questionFor(subjects);
  const done = [];
  let pending = subjects.map((s) => s.subject);
  const queue = [...pairs];
  const perBatch = Math.max(1, Math.floor(jobs / 2));
  while (pending.length > 0) {
    const batch = [];
    while (batch.length < perBatch && queue.length > 0) {
      const p = queue.shift();
      if (pending.some((s) => mayInclude(p.base, s.baseFile) || mayInclude(p.head, s.file))) batch.push(p);
    }
    if (batch.length === 0) break;
    const results = await Promise.all(batch.map((p) => preprocessPair(p, base, head, question)));
    done.push(...results);
    pending = pending.filter((s) => judgeChange(s, results).status !== "compiled-in");
  }
  return done;
}
function withFacts(changes, subjects, facts) {
  const other = [...changes.other];
  const functions = [...changes.functions];
  subjects.forEach((s, i2) => {
    if (s.target.list === "other") other[s.target.index] = { ...other[s.target.index], configuration: facts[i2] };
    else functions[s.target.index] = { ...functions[s.target.index], configuration: facts[i2] };
  });
  return { ...changes, other, functions };
}

// src/compare/redirectable.ts
var INIT_SECTIONS = [".init.text", ".exit.text", ".meminit.text", ".memexit.text"];
var NOINSTR_SECTIONS = [".noinstr.text", ".entry.text"];
var inSection = (fact, sections) => sections.find((s) => fact.section === s || fact.section.startsWith(`${s}.`));
function isInitDataSection(section) {
  return /^\.(init|exit)\.|^\.initcall|\.init$/.test(section);
}
function isFtraceBuild(kernelBuild, baseFacts) {
  return kernelBuild || baseFacts.some((f) => f.hasFentry);
}
function whyNotRedirectable(fact, ftraceBuild) {
  if (isColdPart(fact.symbol)) return null;
  const init2 = inSection(fact, INIT_SECTIONS);
  if (init2) return { cause: "init-code", detail: `lives in ${init2}: its ftrace entry is gone once init memory is freed` };
  const noinstr = inSection(fact, NOINSTR_SECTIONS);
  if (noinstr) return { cause: "noinstr", detail: `lives in ${noinstr}: code that must never be instrumented` };
  if (ftraceBuild && !fact.hasFentry) return { cause: "no-ftrace-entry", detail: "no __fentry__/mcount call at its entry on base" };
  return null;
}

// src/pipeline/referrers.ts
var factKey = (owner, source, symbol) => `${owner}\0${source}\0${symbol}`;
function needsReplacing(codeChange, reasons) {
  return codeChange === "changed" || codeChange === "unknown" || codeChange === "removed" || reasons.some((r) => r.kind === "referrer");
}
function canLink(importer, definer) {
  return importer === definer || importer.endsWith(".ko") && (definer === "vmlinux" || definer.endsWith(".ko"));
}
var VERB = { call: "calls", jump: "jumps to", address: "takes the address of" };
function replaceThroughReferrers(list, input) {
  const unitOf = new Map(input.units.map((u) => [`${u.owner}\0${u.source}`, u]));
  const records = /* @__PURE__ */ new Map();
  const queue = [];
  const unredirectable = (owner, source, symbol) => {
    const fact = input.facts.get(factKey(owner, source, symbol));
    const why2 = fact ? whyNotRedirectable(fact, input.ftraceBuild) : null;
    return fact && why2 ? { fact, why: why2 } : null;
  };
  const expand = (record2, chain, root) => {
    if (record2.coverage !== "not-needed") return;
    if (record2.cause === "init-code") {
      record2.coverage = "init-only";
      return;
    }
    record2.coverage = "uncovered";
    const unit = unitOf.get(`${record2.object}\0${record2.file}`);
    if (unit) queue.push({ record: record2, unit, chain, root });
  };
  const leave = (owner, entry, fact, why2) => {
    const key = factKey(owner, entry.file, entry.symbol);
    const known = records.get(key);
    if (known) {
      for (const r of entry.reasons) if (!known.reasons.some((k) => k.kind === r.kind && k.root === r.root)) known.reasons.push(r);
      return known;
    }
    list.remove(owner, entry.file, entry.symbol);
    const record2 = {
      object: owner,
      symbol: entry.symbol,
      sympos: entry.sympos,
      file: entry.file,
      line: entry.line,
      cause: why2.cause,
      detail: why2.detail,
      reasons: [...entry.reasons],
      codeChange: entry.codeChange,
      coverage: "not-needed",
      referrers: [],
      dataReferrers: [],
      referrersOutsideBuild: fact.global && !input.wholeBuild
    };
    records.set(key, record2);
    return record2;
  };
  for (const { owner, entry } of list.entries()) {
    const hit = unredirectable(owner, entry.file, entry.symbol);
    if (!hit) continue;
    const record2 = leave(owner, entry, hit.fact, hit.why);
    if (needsReplacing(entry.codeChange, entry.reasons)) {
      const root = entry.reasons.find((r) => r.root !== void 0)?.root ?? entry.symbol;
      expand(record2, [`${entry.symbol} cannot be redirected (${hit.why.detail})`], root);
    }
  }
  for (let pending = queue.shift(); pending; pending = queue.shift()) {
    const { record: record2, unit, chain, root } = pending;
    for (const { ref, in: where } of referencesOf(record2, unit, input)) {
      if (ref.kind === "data") {
        if (isInitDataSection(ref.section)) continue;
        record2.dataReferrers.push({ symbol: ref.from, section: ref.section, file: where.source, object: where.owner });
        continue;
      }
      const symbol = isColdPart(ref.from) ? childParent(ref.from) ?? ref.from : ref.from;
      if (symbol === record2.symbol && where === unit) continue;
      if (record2.referrers.some((r) => r.symbol === symbol && r.file === where.source && r.object === where.owner)) continue;
      const step = `${symbol} ${VERB[ref.kind]} ${record2.symbol}`;
      const hit = unredirectable(where.owner, where.source, symbol);
      const replacement = !hit ? "patched" : hit.why.cause === "init-code" ? "init-only" : "through-referrers";
      record2.referrers.push({ symbol, file: where.source, object: where.owner, kind: ref.kind, replacement });
      if (!hit) {
        list.add(where.owner, where.source, symbol, { kind: "referrer", root, chain: [...chain, step] }, true);
        continue;
      }
      if (replacement === "init-only") continue;
      const fact = hit.fact;
      const reason = { kind: "referrer", root, chain: [...chain, `${step}, and cannot be redirected either (${hit.why.detail})`] };
      const next = leave(where.owner, {
        symbol,
        sympos: fact.sympos,
        file: where.source,
        line: input.lineOf?.(where.source, symbol),
        reasons: [reason],
        codeChange: input.codeChange(where.owner, where.source, symbol)
      }, fact, hit.why);
      expand(next, reason.chain, root);
    }
  }
  for (const record2 of records.values()) if (record2.coverage === "uncovered") record2.coverage = isCovered(record2, records) ? "covered" : "uncovered";
  return [...records.values()].sort((a, b) => a.object.localeCompare(b.object) || a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol));
}
function referencesOf(record2, unit, input) {
  const out2 = unit.referencesTo(record2.symbol).map((ref) => ({ ref, in: unit }));
  const fact = input.facts.get(factKey(record2.object, record2.file, record2.symbol));
  if (!fact?.global) return out2;
  for (const other of input.units) {
    if (other === unit || !canLink(other.owner, unit.owner) || !other.imports(record2.symbol)) continue;
    out2.push(...other.referencesTo(record2.symbol).map((ref) => ({ ref, in: other })));
  }
  return out2;
}
function isCovered(start2, records) {
  const seen = /* @__PURE__ */ new Set([start2]);
  const todo = [start2];
  let reachedPatchable = false;
  for (let r = todo.pop(); r; r = todo.pop()) {
    if (r.dataReferrers.length > 0 || r.referrers.length === 0) return false;
    for (const ref of r.referrers) {
      if (ref.replacement !== "through-referrers") {
        reachedPatchable = true;
        continue;
      }
      const next = records.get(factKey(ref.object, ref.file, ref.symbol));
      if (!next) return false;
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return reachedPatchable;
}

// src/pipeline/patch-list.ts
var PatchListBuilder = class {
  constructor(facts, diffs, lineOf) {
    this.facts = facts;
    this.diffs = diffs;
    this.lineOf = lineOf;
  }
  facts;
  diffs;
  lineOf;
  byObject = /* @__PURE__ */ new Map();
  add(owner, source, symbol, reason, predicted) {
    let fns = this.byObject.get(owner);
    if (!fns) this.byObject.set(owner, fns = /* @__PURE__ */ new Map());
    const key = `${source}\0${symbol}`;
    const existing = fns.get(key);
    if (existing) {
      if (!existing.reasons.some((r) => r.kind === reason.kind && r.root === reason.root)) existing.reasons.push(reason);
      existing.predicted ||= predicted;
      return;
    }
    const fact = this.facts.get(`${owner}\0${source}\0${symbol}`);
    const diff = this.diffs.get(`${owner}\0${source}\0${normaliseName(symbol)}`);
    fns.set(key, {
      symbol,
      sympos: fact?.sympos ?? 0,
      file: source,
      line: this.lineOf?.(source, symbol),
      reasons: [reason],
      predicted,
      codeChange: reason.kind === "new" ? "added" : diff?.status ?? "unknown",
      ...diff?.changedData ? { changedData: diff.changedData } : {}
    });
  }
  entry(owner, source, symbol) {
    return this.byObject.get(owner)?.get(`${source}\0${symbol}`);
  }
  has(owner, source, symbol) {
    return this.byObject.get(owner)?.has(`${source}\0${symbol}`) ?? false;
  }
  remove(owner, source, symbol) {
    this.byObject.get(owner)?.delete(`${source}\0${symbol}`);
  }
  entries() {
    return [...this.byObject.entries()].flatMap(([owner, fns]) => [...fns.values()].map((entry) => ({ owner, entry })));
  }
  result() {
    const order = (o) => o === "vmlinux" ? "" : o;
    return [...this.byObject.entries()].sort(([a], [b]) => order(a).localeCompare(order(b))).map(([object, fns]) => ({
      object,
      functions: [...fns.values()].sort((a, b) => a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol))
    }));
  }
};
function notAKlpFunc(f) {
  if (f.codeChange === "added" || f.reasons.length > 0 && f.reasons.every((r) => r.kind === "new")) {
    return { list: "newFunctions", why: "new at head: part of the patch module, not a replacement" };
  }
  if (f.codeChange === "removed") return { list: "vanished", why: "gone at head: its callers are patched instead" };
  if (isColdPart(f.symbol)) return { list: "notNeeded", why: `split cold part: replaced together with ${childParent(f.symbol) ?? "its parent"}` };
  if (f.reasons.some((r) => r.kind === "referrer")) return null;
  if (f.codeChange === "unchanged" && f.changedData) {
    const data = f.changedData.join(", ");
    return { list: "notNeeded", why: `its own code is unchanged; it refers to changed data ${data}: replace it only if the patch carries a new copy of ${data}` };
  }
  if (f.codeChange === "unchanged") return { list: "notNeeded", why: "the object comparison found no change" };
  if (f.codeChange === "line-only") return { list: "notNeeded", why: "only __LINE__ moved" };
  return null;
}
function splitPatchList(entries) {
  const lists = { patch: [], newFunctions: [], vanished: [], notNeeded: [] };
  for (const obj of entries) {
    const per = { patch: [], newFunctions: [], vanished: [], notNeeded: [] };
    for (const f of obj.functions) {
      const not = notAKlpFunc(f);
      if (not) per[not.list].push({ ...f, notPatched: not.why });
      else per.patch.push(f);
    }
    for (const list of Object.keys(per)) {
      if (per[list].length > 0) lists[list].push({ object: obj.object, functions: per[list] });
    }
  }
  return lists;
}
function unitsDefining(fn, units, bySource) {
  const file = fn.baseFile ?? fn.file;
  if (!fn.inHeader) return bySource.get(file) ?? [];
  return units.filter(
    (u) => fn.symbols.some((s) => u.dumpMentions(s, file)) || (u.deps?.includes(file) ?? false) && fn.symbols.some((s) => u.functions.has(s))
  );
}
function computePatchList(input) {
  const index = indexInput(input);
  const out2 = new PatchListBuilder(index.facts, index.diffs, input.lineOf);
  addChangedFunctions(input, index, out2);
  addCallersOfVanishedClones(input, index, out2);
  addCodeOfChangedDecisions(input, index, out2);
  addUnexplainedChanges(input, out2);
  const unpatchable = replaceUnredirectable(input, index, out2);
  addColdParts(input, out2);
  return { ...splitPatchList(out2.result()), unpatchable };
}
function indexInput(input) {
  const bySource = /* @__PURE__ */ new Map();
  for (const u of input.units) bySource.set(u.source, [...bySource.get(u.source) ?? [], u]);
  const facts = new Map(input.baseFacts.map((f) => [`${f.owner}\0${f.source}\0${f.symbol}`, f]));
  const diffs = /* @__PURE__ */ new Map();
  for (const d of input.codeDiffs) diffs.set(`${d.owner}\0${d.source}\0${normaliseName(d.symbol)}`, d);
  return { bySource, facts, diffs };
}
function addChangedFunctions(input, index, out2) {
  for (const fn of input.changed) {
    if (fn.status === "added") {
      const owner = input.headOwners.get(fn.file);
      if (owner) out2.add(owner, fn.file, fn.symbols[0] ?? fn.name, { kind: "new", root: fn.name, chain: [`${fn.name} is new at head`] }, true);
      continue;
    }
    for (const unit of unitsDefining(fn, input.units, index.bySource)) {
      const reasonForSelf = fn.inHeader ? { kind: "header-copy", root: fn.name, chain: [`${fn.name} (${fn.file}) has an out-of-line copy in ${unit.source}`] } : { kind: "changed", root: fn.name, chain: [`${fn.name} changed in this PR`] };
      for (const symbol of fn.symbols) {
        if (fn.status !== "removed" && unit.functions.has(symbol)) out2.add(unit.owner, unit.source, symbol, reasonForSelf, true);
        for (const hit of unit.affected(symbol)) {
          if (hit.removed || !unit.functions.has(hit.name)) continue;
          out2.add(unit.owner, unit.source, hit.name, { kind: hit.via === "clone" ? "clone" : "inlined", root: fn.name, chain: hit.chain }, true);
        }
      }
    }
  }
}
function addCallersOfVanishedClones(input, index, out2) {
  for (const change of input.cloneChanges) {
    if (change.kind !== "clone-vanished") continue;
    for (const unit of index.bySource.get(change.source) ?? []) {
      for (const caller of unit.callersOf(change.other)) {
        if (caller === change.other || childParent(caller) === change.other) continue;
        out2.add(unit.owner, unit.source, caller, {
          kind: "caller-of-changed-clone",
          root: change.function,
          chain: [`${change.other} (${change.reason} clone of ${change.function}) exists at base but not at head`, `${caller} calls ${change.other} with its specialised ABI`]
        }, true);
      }
    }
  }
}
function addCodeOfChangedDecisions(input, index, out2) {
  const changedCode = new Set(input.codeDiffs.filter((d) => d.status === "changed").map((d) => `${d.owner}\0${d.source}\0${d.symbol}`));
  for (const change of input.cloneChanges) {
    if (change.kind !== "clone-appeared" && change.kind !== "inline-added") continue;
    for (const unit of index.bySource.get(change.source) ?? []) {
      const callers = change.kind === "inline-added" ? [change.other] : unit.callersOf(change.function);
      for (const caller of callers) {
        if (!changedCode.has(`${unit.owner}\0${unit.source}\0${caller}`) || out2.has(unit.owner, unit.source, caller)) continue;
        const chain = change.kind === "inline-added" ? [`head inlines ${change.function} into ${caller}; base calls it out of line`] : [`head creates ${change.other} (${change.reason} clone of ${change.function})`, `${caller} calls ${change.function} at base and the new clone at head`];
        out2.add(unit.owner, unit.source, caller, { kind: change.kind === "inline-added" ? "inlined" : "caller-of-changed-clone", root: change.function, chain }, false);
      }
    }
  }
}
function addUnexplainedChanges(input, out2) {
  for (const d of input.codeDiffs) {
    if (d.status !== "changed" || isColdPart(d.symbol)) continue;
    if (out2.has(d.owner, d.source, d.symbol)) continue;
    out2.add(d.owner, d.source, d.symbol, {
      kind: "unexplained",
      chain: [`machine code of ${d.symbol} changed${d.detail ? ` (${d.detail})` : ""}, but no changed function's clones or inlining explain it`]
    }, false);
  }
}
function replaceUnredirectable(input, index, out2) {
  return replaceThroughReferrers(out2, {
    units: input.units,
    facts: index.facts,
    ftraceBuild: isFtraceBuild(input.kernelBuild, input.baseFacts),
    wholeBuild: input.wholeBuild,
    codeChange: (owner, source, symbol) => index.diffs.get(`${owner}\0${source}\0${normaliseName(symbol)}`)?.status ?? "unknown",
    lineOf: input.lineOf
  });
}
function addColdParts(input, out2) {
  for (const unit of input.units) {
    for (const name2 of unit.functions) {
      const parent = isColdPart(name2) ? childParent(name2) : null;
      const listed = parent === null ? void 0 : out2.entry(unit.owner, unit.source, parent);
      if (parent === null || listed === void 0) continue;
      out2.add(unit.owner, unit.source, name2, { kind: "clone", root: listed.reasons[0].root, chain: [parent, `split cold part of ${parent} (travels with it)`] }, listed.predicted);
    }
  }
}

// src/pipeline/sympos.ts
function checkSympos(lists, input) {
  const issues = [];
  const counts = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  for (const f of input.baseFacts) {
    const key = `${f.owner}\0${f.symbol}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    facts.set(`${f.owner}\0${f.source}\0${f.symbol}`, f);
  }
  const tables = input.tables;
  const patch = lists.patch.map((obj) => ({
    object: obj.object,
    functions: obj.functions.map((f) => {
      const at = { object: obj.object, symbol: f.symbol, file: f.file, line: f.line };
      const fact = facts.get(`${obj.object}\0${f.file}\0${f.symbol}`);
      if (!tables) {
        if (input.partialBuild && fact && !fact.global) issues.push({ ...at, kind: "partial-build", sympos: f.sympos });
        return f;
      }
      const table = tables.byObject.get(kallsymsObjectOf(obj.object));
      if (!table) {
        issues.push({ ...at, kind: "no-table", sympos: f.sympos });
        return f;
      }
      const count = counts.get(`${obj.object}\0${f.symbol}`) ?? 0;
      const position = input.countsInLinkOrder && count > 0 ? { sympos: f.sympos, count } : void 0;
      const answer = symposIn(table, f.symbol, { source: f.file, order: input.unitLayout(f.file), position });
      if (answer.status === "missing") {
        issues.push({ ...at, kind: "missing", sympos: f.sympos, table: table.from });
        return f;
      }
      if (answer.status === "ambiguous") {
        issues.push({ ...at, kind: "ambiguous", sympos: f.sympos, count: answer.count, table: table.from });
        return f;
      }
      return { ...f, sympos: answer.sympos };
    })
  }));
  const unpatchable = lists.unpatchable.map((u) => {
    const table = tables?.byObject.get(kallsymsObjectOf(u.object));
    const answer = table ? symposIn(table, u.symbol, { source: u.file, order: input.unitLayout(u.file) }) : void 0;
    return answer?.status === "found" ? { ...u, sympos: answer.sympos } : u;
  });
  const check = { source: tables?.source ?? "objects", files: tables?.files ?? [], issues };
  return { lists: { ...lists, patch, unpatchable }, check };
}
function unitLayout(elf) {
  return elf.symbols.filter((s) => s.sectionIndex > 0 && s.sectionIndex < elf.sections.length && s.name !== "" && s.type !== "SECTION" && s.type !== "FILE").sort((a, b) => a.sectionIndex - b.sectionIndex || a.value - b.value || a.index - b.index).map((s) => s.name);
}

// src/pipeline/tu-flags.ts
function tuFlagsFromCommand(side, source, argv) {
  const flags2 = { side, source, ipaSwitches: [], pg: false, fentry: false, lto: false };
  for (const arg of argv) {
    if (arg.startsWith("-flive-patching")) flags2.livePatching = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : "inline-clone";
    else if (/^-f(no-)?ipa-/.test(arg) || /^-fno-(inline|partial-inlining|semantic-interposition)/.test(arg)) flags2.ipaSwitches.push(arg);
    else if (arg === "-pg" || arg === "-p") flags2.pg = true;
    else if (arg === "-mfentry") flags2.fentry = true;
    else if (/^-O([0-3sgz]|fast)?$/.test(arg)) flags2.optLevel = arg.slice(2) || "1";
    else if (arg === "-flto" || arg.startsWith("-flto=")) flags2.lto = true;
    else if (arg === "-fno-lto") flags2.lto = false;
  }
  return flags2;
}

// src/pipeline/coverage.ts
var DUMP_ADVICE = "the compiler writes the clone dump as it compiles: a broken or missing line means the compile was cut short (a full disk, a killed compiler) or something else wrote to the file; check the build log and the disk, then run again with a fresh work directory";
function advice(kernel) {
  return kernel ? "check the Kbuild log in the work directory; the object must be built by this configuration with the dump flags (KCFLAGS)" : "compile every C file through $(CC) with -c to an object the build keeps (livepatch-gate sets CC to its compiler wrapper; a Makefile that calls gcc directly, or compiles and links in one step, bypasses it), or use the kernel path (--kind kernel) for a Linux tree";
}
function gapOf(cov, file) {
  const units = cov.build.units.filter((u) => u.source === file || (u.deps?.includes(file) ?? false));
  if (units.length === 0) return cov.build.gaps?.find((g) => g.source === file) ?? { reason: `the ${cov.side} build compiled no object for ${file}` };
  for (const u of units) {
    const bad = cov.unreadable.get(u.object);
    if (bad !== void 0) return { reason: `the ${cov.side} object of ${file} cannot be read: ${bad}` };
    if (u.dump === null && /\.c$/.test(file)) return { reason: `the ${cov.side} build of ${file} wrote no -fdump-ipa-clones output: its clones and inlining are unknown` };
    const badDump = u.dump === null ? void 0 : cov.unusableDumps?.get(u.dump);
    if (badDump !== void 0) return { reason: `the ${cov.side} clone dump of ${file} ${badDump}: its clones and inlining are unknown`, advice: DUMP_ADVICE };
  }
  return null;
}
function notBuilt(cov, file) {
  return cov.build.notBuilt.some((n) => n.source === file);
}
function notAnalysed(changes, base, head) {
  const out2 = [];
  const kernel = base.kernel || head.kernel;
  const add = (fn, file, side, gap) => out2.push({ ...fn ? { function: fn.name } : {}, file, ...side ? { side } : {}, reason: gap.reason, advice: gap.advice ?? advice(kernel) });
  for (const fn of changes.functions) {
    if (fn.status !== "modified") continue;
    const baseFile = fn.baseFile ?? fn.file;
    if (fn.inHeader) {
      const usable = (cov) => cov.build.units.some((u) => u.dump !== null && !cov.unreadable.has(u.object) && !cov.unusableDumps?.has(u.dump));
      if (!usable(base) || !usable(head)) add(fn, fn.file, usable(base) ? "head" : "base", { reason: `no translation unit was compiled with clone dumps on the ${usable(base) ? "head" : "base"} side, so no includer of ${fn.file} was compared` });
      continue;
    }
    if (notBuilt(base, baseFile) || notBuilt(head, fn.file)) continue;
    const baseGap = gapOf(base, baseFile);
    if (baseGap) {
      add(fn, baseFile, "base", baseGap);
      continue;
    }
    const headGap = gapOf(head, fn.file);
    if (headGap) add(fn, fn.file, "head", headGap);
  }
  const carried = new Set(out2.map((n) => n.file));
  for (const cov of [base, head]) {
    for (const gap of cov.build.gaps ?? []) {
      if (carried.has(gap.source) || !changes.files.some((f) => f.path === gap.source)) continue;
      carried.add(gap.source);
      add(void 0, gap.source, cov.side, gap);
    }
  }
  const named = new Set(out2.map((n) => `${n.side}\0${n.file}`));
  for (const cov of [base, head]) {
    for (const u of cov.build.units) {
      const bad = cov.unreadable.get(u.object);
      if (bad === void 0 || named.has(`${cov.side}\0${u.source}`)) continue;
      add(void 0, u.source, cov.side, { reason: `the ${cov.side} object ${u.object} cannot be read: ${bad}` });
    }
  }
  return out2;
}

// src/pipeline/phases.ts
var PhaseClock = class {
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  done = [];
  current = null;
  /** Ends the current phase (if any) and starts `name`. */
  enter(name2) {
    this.end();
    this.current = { name: name2, since: this.now() };
  }
  end() {
    if (!this.current) return;
    this.done.push({ name: this.current.name, seconds: (this.now() - this.current.since) / 1e3 });
    this.current = null;
  }
  /** Phases in order, a phase entered twice summed at its first place. */
  times() {
    const sums = /* @__PURE__ */ new Map();
    for (const p of this.done) sums.set(p.name, (sums.get(p.name) ?? 0) + p.seconds);
    return [...sums].map(([name2, seconds]) => ({ name: name2, seconds }));
  }
};
function describePhases(times) {
  if (times.length === 0) return "time by phase: none recorded";
  const total = times.reduce((a, p) => a + p.seconds, 0);
  const slowest = times.reduce((a, p) => p.seconds > a.seconds ? p : a);
  const pct = total > 0 ? Math.round(100 * slowest.seconds / total) : 0;
  return `time by phase: ${times.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(", ")}; slowest: ${slowest.name} (${slowest.seconds.toFixed(1)} s, ${pct}% of ${total.toFixed(1)} s)`;
}

// src/pipeline/analyze.ts
async function analyze(opts) {
  const lock = await lockWorkDir(opts.workDir, { onProgress: opts.onProgress });
  try {
    return await analyzeInWorkDir(opts);
  } finally {
    lock.release();
  }
}
async function analyzeInWorkDir(opts) {
  const run3 = { opts, progress: opts.onProgress ?? (() => {
  }), clock: new PhaseClock(), warnings: [], jobs: opts.jobs ?? availableParallelism() };
  const { target, production, baseCommit, headCommit } = await resolveInputs(opts);
  const changes = await diffSources(run3, baseCommit, headCommit);
  const [baseBuild, headBuild] = await buildBothSides(run3, changes, baseCommit, headCommit);
  const [base, head] = await readBothSides(run3, baseBuild, headBuild, target);
  const compared = compareBothSides(run3, base, head, changes);
  const { lists, sympos } = await planPatch(run3, base, head, changes, compared, production);
  const facts = collectFacts(run3, base, head, changes, lists, compared.codeDiffs);
  const configured = await checkAgainstConfiguration(changes, baseBuild, headBuild, { jobs: run3.jobs, warnings: run3.warnings, onProgress: run3.progress });
  const unanalysed = failClosed(changes, base, head);
  const explained = await explainWhatChanged(run3, base, head, lists, compared, configured);
  const notBuilt2 = ownNotBuilt(changes, [...baseBuild.notBuilt, ...headBuild.notBuilt], run3.warnings);
  const livepatchIds2 = await changedLivepatchIds(opts.repo, headCommit, changes);
  run3.clock.end();
  run3.progress(describePhases(run3.clock.times()));
  return {
    repo: opts.repo,
    baseCommit,
    headCommit,
    ...opts.comparison ? { comparison: opts.comparison } : opts.mergeBase ? { comparison: `head against the merge-base of ${opts.base} and ${opts.head}` } : {},
    buildKind: headBuild.kind,
    changes: configured.changes,
    ...explained.lists,
    codeDiffs: compared.codeDiffs,
    dataDiffs: explained.dataDiffs,
    cloneChanges: compared.cloneChanges,
    symbolFacts: [...compared.baseFacts, ...compared.headFacts],
    ...facts,
    notBuilt: notBuilt2,
    notAnalysed: unanalysed,
    livepatchIds: livepatchIds2,
    sympos,
    warnings: distinctWarnings(run3.warnings)
  };
}
async function resolveInputs(opts) {
  const target = buildTarget(opts.arch, opts.crossCompile);
  const production = opts.symbols?.length ? await readSymbolFiles(opts.symbols) : void 0;
  const headCommit = await resolveCommit(opts.repo, opts.head);
  const baseCommit = opts.mergeBase ? await mergeBase(opts.repo, await resolveCommit(opts.repo, opts.base), headCommit) : await resolveCommit(opts.repo, opts.base);
  return { target, production, baseCommit, headCommit };
}
async function diffSources(run3, baseCommit, headCommit) {
  run3.clock.enter("changes");
  run3.progress(`changes: diffing ${baseCommit.slice(0, 12)}..${headCommit.slice(0, 12)}`);
  return findSourceChanges(run3.opts.repo, baseCommit, headCommit, { onProgress: run3.progress });
}
async function buildBothSides(run3, changes, baseCommit, headCommit) {
  const { opts, progress } = run3;
  const plan = {
    repo: opts.repo,
    workDir: opts.workDir,
    kind: opts.kind,
    command: opts.buildCommand,
    kernelConfig: opts.kernelConfig,
    fullBuild: opts.fullBuild,
    baseBuild: opts.baseBuild,
    changedPaths: [...new Set(changes.files.flatMap((f) => f.basePath ? [f.path, f.basePath] : [f.path]))],
    extraCflags: [...opts.extraCflags, ...opts.deepEvidence ? EVIDENCE_FLAGS : []],
    arch: opts.arch,
    crossCompile: opts.crossCompile,
    jobs: opts.jobs,
    onProgress: progress,
    onPhase: (phase) => {
      run3.clock.enter(phase);
      progress(`phase: ${phase}`);
    }
  };
  const built = [];
  for (const [side, commit] of [["base", baseCommit], ["head", headCommit]]) {
    const b = await buildSide(plan, side, commit);
    run3.warnings.push(...b.warnings);
    progress(`${side}: ${plural(b.units.length, "translation unit")} built in ${b.seconds.toFixed(1)} s`);
    built.push(b);
  }
  return [built[0], built[1]];
}
async function readBothSides(run3, baseBuild, headBuild, target) {
  run3.clock.enter("analysis");
  run3.progress("phase: analysis");
  const [baseDumps, headDumps] = await Promise.all([readGraph(baseBuild, run3.warnings), readGraph(headBuild, run3.warnings)]);
  const [baseRead, headRead] = await Promise.all([readObjects(baseBuild), readObjects(headBuild)]);
  checkMachines(baseRead.objects, headRead.objects, target?.arch);
  return [
    { build: baseBuild, ...baseDumps, ...baseRead },
    { build: headBuild, ...headDumps, ...headRead }
  ];
}
function compareBothSides(run3, base, head, changes) {
  run3.progress("compare: comparing base and head objects function by function");
  const { codeDiffs, dataDiffs } = compareSides(base.objects, head.objects, changes);
  const baseFacts = assignSympos(inLinkOrder(base.objects).flatMap((b) => symbolFacts(b.elf, "base", b.unit.owner, b.unit.source)));
  const headFacts = assignSympos(inLinkOrder(head.objects).flatMap((b) => symbolFacts(b.elf, "head", b.unit.owner, b.unit.source)));
  const mentions = dumpMentionIndex(base.graph);
  const views = base.objects.map((b) => baseUnitView(b, base.graph, mentions));
  const cloneChanges = diffClones(base.graph, head.graph, cloneQuestions(changes, views));
  return { codeDiffs, dataDiffs, baseFacts, headFacts, views, cloneChanges };
}
async function planPatch(run3, base, head, changes, compared, production) {
  const kernelFastPath = !run3.opts.fullBuild && base.build.kind === "kernel";
  const patchLists = computePatchList({
    changed: changes.functions,
    units: compared.views,
    headOwners: new Map(head.build.units.map((u) => [u.source, u.owner])),
    cloneChanges: compared.cloneChanges,
    codeDiffs: compared.codeDiffs,
    baseFacts: compared.baseFacts,
    lineOf: lineLookup(base.graph, changes),
    wholeBuild: !kernelFastPath,
    kernelBuild: base.build.kind === "kernel"
  });
  const checked = checkSympos(patchLists, {
    tables: production ? { source: "production", byObject: production, files: run3.opts.symbols } : base.build.linked ? await buildSymbolTables(base.build, patchLists) : void 0,
    unitLayout: definedNames2(base.objects),
    baseFacts: compared.baseFacts,
    partialBuild: kernelFastPath,
    countsInLinkOrder: !kernelFastPath && base.build.units.every((u) => u.linkOrder !== void 0)
  });
  return { lists: checked.lists, sympos: checked.check };
}
function failClosed(changes, base, head) {
  return notAnalysed(
    changes,
    { side: "base", build: base.build, unreadable: base.unreadable, unusableDumps: base.unusableDumps, kernel: base.build.kind === "kernel" },
    { side: "head", build: head.build, unreadable: head.unreadable, unusableDumps: head.unusableDumps, kernel: head.build.kind === "kernel" }
  );
}
async function explainWhatChanged(run3, base, head, lists, compared, configured) {
  const toExplain = sourcesToExplain(lists, compared.dataDiffs, configured.changes.other);
  const started = Date.now();
  const compiled = await changesCompiledIn(configured, base.build, head.build, toExplain, run3.jobs);
  if (toExplain.size > 0) run3.progress(`causes: ${plural(toExplain.size, "unit")} with code or data no changed function explains; ${compiled.size} compile a changed struct, macro or data differently (${((Date.now() - started) / 1e3).toFixed(1)} s)`);
  return explainCauses(lists, withDataReferrers(compared.dataDiffs, base.objects), { other: configured.changes.other, compiled, codeDiffs: compared.codeDiffs, flags: flagsChanged(base.build, head.build) });
}
function flagsChanged(base, head) {
  const out2 = /* @__PURE__ */ new Map();
  const roots = (b) => [b.outputDir, b.sourceDir];
  const headUnits = new Map(head.units.map((u) => [`${u.source}\0${u.owner}`, u]));
  for (const u of base.units) {
    const h = headUnits.get(`${u.source}\0${u.owner}`);
    if (!h) continue;
    const diff = flagDifference({ argv: u.command, roots: roots(base) }, { argv: h.command, roots: roots(head) });
    if (diff.length > 0) out2.set(u.source, diff);
  }
  return out2;
}
function collectFacts(run3, base, head, changes, lists, codeDiffs) {
  return {
    tuFlags: [...base.build.units.map((u) => tuFlagsFromCommand("base", u.source, u.command)), ...head.build.units.map((u) => tuFlagsFromCommand("head", u.source, u.command))],
    codeFacts: collectCodeFacts(base.objects, head.objects, [...lists.patch, ...lists.newFunctions, ...lists.vanished, ...lists.notNeeded], codeDiffs, changes),
    exports: [
      ...base.objects.flatMap((b) => exportFacts(b.elf, "base", b.unit.owner, b.unit.source, b.crcs)),
      ...head.objects.flatMap((h) => exportFacts(h.elf, "head", h.unit.owner, h.unit.source, h.crcs))
    ],
    ipaEvidence: run3.opts.deepEvidence ? collectIpaEvidence(base.objects, head.objects, run3.warnings) : []
  };
}
function ownNotBuilt(changes, all, warnings) {
  const changed = new Set(changes.files.flatMap((f) => f.basePath ? [f.path, f.basePath] : [f.path]));
  const seen = /* @__PURE__ */ new Set();
  const own = [];
  const others = [];
  for (const n of all) {
    if (seen.has(n.source)) continue;
    seen.add(n.source);
    if (changed.has(n.source)) own.push(n);
    else others.push(n.source);
  }
  if (others.length > 0) {
    const shown = others.slice(0, 3).join(", ");
    warnings.push({ source: "build", message: `${plural(others.length, "source")} that may include a changed file ${others.length === 1 ? "is" : "are"} not built by this configuration (${shown}${others.length > 3 ? ", \u2026" : ""}); they are not analysed` });
  }
  return own;
}
function withDataReferrers(dataDiffs, base) {
  return dataDiffs.map((d) => {
    if (d.status === "added") return d;
    const own = base.find((b) => b.unit.source === d.source && b.unit.owner === d.owner);
    if (!own) return d;
    const global = own.elf.symbols.some((s) => s.name === d.symbol && s.binding !== "LOCAL" && s.sectionIndex > 0);
    const referrers = [];
    for (const b of base) {
      if (b !== own && !(global && b.unit.owner === d.owner && importsSymbol(b.elf, d.symbol))) continue;
      for (const symbol of callersOf(b.elf, d.symbol)) referrers.push({ symbol, source: b.unit.source });
    }
    return referrers.length > 0 ? { ...d, referrers } : d;
  });
}
async function changedLivepatchIds(repo, headCommit, changes) {
  const files = changes.files.filter((f) => f.status !== "deleted" && (f.language === "c" || f.language === "header"));
  const texts = await Promise.all(files.map((f) => showFile(repo, headCommit, f.path)));
  return files.flatMap((f, i2) => texts[i2] === null ? [] : livepatchIds(f.path, texts[i2]));
}
async function readGraph(build, warnings) {
  const files = build.units.filter((u) => u.dump !== null).map((u) => ({ path: u.dump, source: u.source }));
  for (const u of build.units) {
    if (u.dump === null && /\.c$/.test(u.source)) warnings.push({ source: "dump", file: u.source, message: `${build.side}: no -fdump-ipa-clones output for ${u.source}; its clones and inlining are unknown` });
  }
  const unusableDumps = /* @__PURE__ */ new Map();
  const graph = await readDumpFiles(files, {
    sourceRoot: build.sourceDir,
    compileDir: build.outputDir,
    onWarning: (w) => warnings.push(w),
    onSkipped: (path20, why2) => unusableDumps.set(path20, `cannot be read: ${why2}`)
  });
  for (const d of graph.dumps) {
    const first = d.firstMalformed;
    if (first === null) continue;
    unusableDumps.set(d.path, `has ${plural(d.malformedLines, "malformed line")} (${d.malformedLines === 1 ? "" : "the first: "}line ${first.line}: ${first.message})`);
  }
  return { graph, unusableDumps };
}
async function buildSymbolTables(base, lists) {
  const files = [...new Set(lists.patch.map((o) => join2(base.outputDir, o.object)))].filter((f) => existsSync2(f));
  return { source: "build", byObject: await readSymbolFiles(files), files };
}
function definedNames2(objects) {
  const bySource = new Map(objects.map((b) => [b.unit.source, b.elf]));
  const memo = /* @__PURE__ */ new Map();
  return (source) => {
    let names = memo.get(source);
    if (!names) {
      const elf = bySource.get(source);
      memo.set(source, names = elf ? unitLayout(elf) : []);
    }
    return names;
  };
}
function inLinkOrder(objects) {
  const place = (b) => b.unit.linkOrder ?? Number.MAX_SAFE_INTEGER;
  return objects.map((b, i2) => ({ b, i: i2 })).sort((x, y) => place(x.b) - place(y.b) || x.i - y.i).map((x) => x.b);
}
var ObjectError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ObjectError";
  }
};
async function readObjects(build) {
  const objects = [];
  const unreadable = /* @__PURE__ */ new Map();
  for (const unit of build.units) {
    try {
      const bytes = await readFile3(unit.object);
      objects.push({ unit, bytes, elf: parseElf(bytes, unit.object), crcs: await readCrcs(unit.object) });
    } catch (err2) {
      unreadable.set(unit.object, err2.message);
    }
  }
  return { objects, unreadable };
}
async function readCrcs(object) {
  try {
    return symversCrcs(await readFile3(cmdPath(dirname2(object), basename2(object)), "utf8"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function collectCodeFacts(base, head, patch, codeDiffs, changes) {
  const touched = /* @__PURE__ */ new Set([...patch.flatMap((o) => o.functions.map((f) => f.file)), ...codeDiffs.filter((d) => d.status !== "unchanged").map((d) => d.source)]);
  for (const f of changes.files) if (f.basePath && touched.has(f.basePath)) touched.add(f.path);
  return [
    ...base.filter((b) => touched.has(b.unit.source)).flatMap((b) => codeFacts(b.elf, "base", b.unit.owner, b.unit.source)),
    ...head.filter((h) => touched.has(h.unit.source)).flatMap((h) => codeFacts(h.elf, "head", h.unit.owner, h.unit.source))
  ];
}
function checkMachines(base, head, expected) {
  const sides = [...base.map((b) => ["base", b]), ...head.map((h) => ["head", h])];
  if (sides.length === 0) return;
  const [firstSide, first] = sides[0];
  const want = expected ?? architectureOfMachine(first.elf.machine, first.elf.bigEndian);
  for (const [side, b] of sides) {
    if (b.elf.machine === want?.machine && b.elf.bigEndian === want.bigEndian) continue;
    const got = `${machineName(b.elf.machine)}, ${b.elf.bigEndian ? "big" : "little"}-endian`;
    const why2 = expected ? `this run builds for ${expected.name} (arch)` : `the ${firstSide} object ${first.elf.path} is ${want?.name ?? machineName(first.elf.machine)}`;
    throw new ObjectError(
      `${side} object of ${b.unit.source} (${b.elf.path}) is ${got}, but ${why2}: base and head must be built by the same compiler for one architecture (check arch, cross-compile and the build command's CC)`
    );
  }
}
function distinctWarnings(warnings) {
  const seen = /* @__PURE__ */ new Set();
  return warnings.filter((w) => {
    const key = JSON.stringify([w.source, w.file, w.line, w.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function collectIpaEvidence(base, head, warnings) {
  const headBySource = new Map(head.map((h) => [h.unit.source, h.unit]));
  const out2 = [];
  for (const { unit } of base) {
    const h = headBySource.get(unit.source);
    if (!h) continue;
    const b = readIpaDecisions(unit.object, unit.source);
    const hd = readIpaDecisions(h.object, h.source);
    if (b.found.length === 0 || hd.found.length === 0) {
      warnings.push({ source: "evidence", file: unit.source, message: `no -fdump-ipa-pure-const / -fdump-ipa-icf-details output found next to ${b.found.length === 0 ? unit.object : h.object}` });
      continue;
    }
    out2.push(...diffIpaDecisions(unit.source, b, hd));
  }
  return out2;
}
function compareSides(base, head, changes) {
  const renamedTo = new Map(changes.files.filter((f) => f.basePath).map((f) => [f.basePath, f.path]));
  const changedFile = new Map(changes.files.map((f) => [f.path, f]));
  const headBySource = new Map(head.map((h) => [h.unit.source, h]));
  const codeDiffs = [];
  const dataDiffs = [];
  for (const b of base) {
    const headSource = renamedTo.get(b.unit.source) ?? b.unit.source;
    const h = headBySource.get(headSource);
    if (!h) continue;
    if (b.bytes.equals(h.bytes)) {
      const names = new Set(b.elf.symbols.filter((s) => s.type === "FUNC" && s.sectionIndex > 0).map((s) => s.name));
      for (const symbol of names) codeDiffs.push({ owner: b.unit.owner, source: b.unit.source, symbol, status: "unchanged" });
      continue;
    }
    const file = changedFile.get(headSource);
    const result = compareObjects(b.elf, h.elf, { owner: b.unit.owner, source: b.unit.source, lineShift: file?.lineShift });
    codeDiffs.push(...result.functions);
    dataDiffs.push(...result.data);
  }
  return { codeDiffs, dataDiffs };
}
function dumpMentionIndex(graph) {
  const memo = /* @__PURE__ */ new Map();
  return (name2, file) => {
    const key = `${name2}\0${file ?? ""}`;
    let sources = memo.get(key);
    if (!sources) {
      sources = /* @__PURE__ */ new Set();
      for (const n of findNodes(graph, name2)) if (!file || fileOf(graph, n) === file) sources.add(dumpOf(graph, n).source);
      memo.set(key, sources);
    }
    return sources;
  };
}
function baseUnitView(built, graph, mentions) {
  const { unit, elf } = built;
  const functions = new Set(elf.symbols.filter((s) => s.type === "FUNC" && s.sectionIndex > 0).map((s) => s.name));
  const affectedCache = /* @__PURE__ */ new Map();
  const dumpSource = cleanPath(unit.source);
  return {
    source: unit.source,
    owner: unit.owner,
    functions,
    deps: unit.deps,
    dumpMentions: (name2, file) => mentions(name2, file).has(dumpSource),
    // Asked once for the clone questions and again for the patch list: compute each set once.
    affected: (name2) => {
      let hits = affectedCache.get(name2);
      if (hits) return hits;
      const roots = findNodes(graph, name2, { source: unit.source });
      hits = roots.length === 0 ? [] : affectedSet(graph, roots).entries.map((e) => {
        const info2 = nodeInfo(graph, e.node);
        return { name: info2.name, removed: e.removed, via: e.kind === "clone" ? "clone" : "inline", reason: e.reason, chain: describeChain(graph, e.chain) };
      });
      affectedCache.set(name2, hits);
      return hits;
    },
    callersOf: (symbol) => callersOf(elf, symbol),
    referencesTo: (symbol) => referencesTo(elf, symbol),
    imports: (symbol) => importsSymbol(elf, symbol)
  };
}
function cloneQuestions(changes, views) {
  const out2 = /* @__PURE__ */ new Map();
  const ask = (source, name2) => out2.set(`${source}\0${name2}`, { source, name: name2 });
  for (const fn of changes.functions) {
    if (fn.status === "added") continue;
    const file = fn.baseFile ?? fn.file;
    for (const v of views) {
      for (const symbol of fn.symbols) {
        if (v.source === file || fn.inHeader && v.dumpMentions(symbol, file)) {
          ask(v.source, symbol);
          for (const hit of v.affected(symbol)) if (hit.via === "inline") ask(v.source, hit.name);
        }
      }
    }
  }
  return [...out2.values()];
}
function lineLookup(graph, changes) {
  const changed = /* @__PURE__ */ new Map();
  for (const f of changes.functions) for (const s of f.symbols) if (!changed.has(`${f.baseFile ?? f.file}\0${s}`)) changed.set(`${f.baseFile ?? f.file}\0${s}`, f);
  return (source, symbol) => {
    const fn = changed.get(`${source}\0${symbol}`);
    if (fn) return fn.baseLines?.[0] ?? fn.headLines?.[0];
    const node = findNodes(graph, symbol, { source })[0];
    return node === void 0 ? void 0 : nodeInfo(graph, node).line || void 0;
  };
}

// src/pipeline/codestream.ts
import { basename as basename3 } from "node:path";
function hostArch(nodeArch = process.arch) {
  const names = { x64: "x86_64", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x", ia32: "i686", arm: "arm" };
  return names[nodeArch] ?? nodeArch;
}
function configName(kernelConfig, kind) {
  if (kind === "command") return "default";
  if (!kernelConfig) return "defconfig";
  const name2 = basename3(kernelConfig).replace(/^\./, "").replace(/\.config$/, "");
  return name2 || "config";
}
function codestreamOf(opts) {
  const arch = opts.arch || hostArch();
  const config = configName(opts.kernelConfig, opts.kind);
  const label = opts.label?.trim() || `${arch}/${config}`;
  return { label, arch, config };
}

// src/pipeline/gate.ts
async function loadGatePolicy(opts) {
  let text = null;
  if (opts.configPath) {
    text = await readFile4(opts.configPath, "utf8").catch((err2) => {
      throw new Error(`cannot read policy file ${opts.configPath}: ${err2.code === "ENOENT" ? "no such file" : err2.message}`);
    });
  } else {
    text = await showFile(opts.repo, await resolveCommit(opts.repo, opts.base), POLICY_PATH);
  }
  return loadPolicy(text, opts.failOn);
}
async function runGate(opts) {
  const policy = await loadGatePolicy(opts);
  const previous = opts.previousReport ? await loadPreviousReport(opts.previousReport) : void 0;
  const analysis = await analyze(opts);
  const findings = detectHazards(analysis);
  const result = applyPolicy(findings, policy);
  const kind = opts.kind === "auto" ? await detectProjectKind(opts.repo) : opts.kind;
  const codestream = codestreamOf({ label: opts.label, arch: opts.arch ? architectureNamed(opts.arch).name : void 0, kernelConfig: opts.kernelConfig, kind });
  const report = buildReport(analysis, result, { version: VERSION, pullRequest: opts.pullRequest, codestream });
  if (previous) report.cumulative = cumulativePatch(previous, report);
  return { analysis, report, policy };
}
async function loadPreviousReport(path20) {
  const text = await readFile4(path20, "utf8").catch((err2) => {
    throw new Error(`cannot read previous report ${path20}: ${err2.code === "ENOENT" ? "no such file" : err2.message}`);
  });
  return parsePreviousReport(text, path20);
}

// src/sinks/publish.ts
import { basename as basename4, dirname as dirname4, extname, join as join4 } from "node:path";

// src/sinks/annotations.ts
var actionsAnnotator = (level, message, props) => core_exports[level](message, props);
function emitAnnotations(annotations2, annotate = actionsAnnotator) {
  for (const a of annotations2) {
    const props = { title: a.title };
    if (a.file) {
      props.file = a.file;
      props.startLine = a.startLine !== void 0 && Number.isInteger(a.startLine) && a.startLine > 0 ? a.startLine : 1;
    }
    annotate(a.level, a.message, props);
  }
}

// src/sinks/artifact.ts
import { dirname as dirname3, join as join3, relative, resolve, sep } from "node:path";
function artifactRuntimeMissing(env = process.env) {
  return ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((k) => !env[k]);
}
async function createDefaultArtifactUploader() {
  const { DefaultArtifactClient } = await import("./artifact-IGTFAUZT.js");
  const client = new DefaultArtifactClient();
  return {
    upload: async (name2, files, root) => {
      const r = await client.uploadArtifact(name2, files, root);
      return { id: r.id, size: r.size };
    }
  };
}
function commonDirectory(files) {
  const dirs = files.map((f) => dirname3(resolve(f)));
  let root = dirs[0] ?? process.cwd();
  for (const d of dirs) {
    while (relative(root, d).split(sep)[0] === "..") {
      const up = dirname3(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}
async function uploadReportArtifact(name2, files, opts) {
  const missing = artifactRuntimeMissing(opts.env);
  if (!opts.uploader && missing.length) {
    const message = `artifact upload skipped: ${missing.join(" and ")} not set (not running as a GitHub Actions step?)`;
    opts.log.info(message);
    return { status: "skipped", message };
  }
  try {
    const uploader = opts.uploader ?? await createDefaultArtifactUploader();
    const r = await uploader.upload(name2, files.map((f) => resolve(f)), commonDirectory(files));
    opts.log.info(`uploaded artifact '${name2}' (${files.length} files${r.size !== void 0 ? `, ${r.size} bytes` : ""})`);
    return { status: "uploaded", id: r.id, size: r.size };
  } catch (err2) {
    const message = `artifact upload of '${name2}' failed: ${err2.message} (the report is still in the job summary; with several jobs per workflow, give each a distinct artifact-name)`;
    opts.log.warning(message);
    return { status: "failed", message };
  }
}
async function createDefaultArtifactDownloader(other) {
  const { DefaultArtifactClient } = await import("./artifact-IGTFAUZT.js");
  const client = new DefaultArtifactClient();
  const findBy = other ? { findBy: { token: other.token, workflowRunId: other.runId, repositoryOwner: other.owner, repositoryName: other.repo } } : {};
  return {
    downloadMatching: async (prefix, dir) => {
      const { artifacts } = await client.listArtifacts({ latest: true, ...findBy });
      const wanted = artifacts.filter((a) => a.name.startsWith(prefix));
      const out2 = [];
      for (const a of wanted) {
        const path20 = join3(dir, a.name);
        await client.downloadArtifact(a.id, { path: path20, ...findBy });
        out2.push(path20);
      }
      return out2;
    }
  };
}

// src/sinks/job-summary.ts
import { appendFile } from "node:fs/promises";
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SUMMARY_ENV = "GITHUB_STEP_SUMMARY";
function fitSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES - 1024, pointer = "the report artifact") {
  if (Buffer.byteLength(markdown, "utf8") <= limitBytes) return markdown;
  const note = `

> [!NOTE]
> Truncated to fit GitHub's 1 MiB job summary limit; the full report is in ${pointer}.
`;
  const room = limitBytes - Buffer.byteLength(note, "utf8") - 8;
  let cut = Buffer.from(markdown, "utf8").subarray(0, Math.max(0, room)).toString("utf8");
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  const fences = cut.split("\n").filter((l) => /^\s*```/.test(l)).length;
  return cut + (fences % 2 ? "\n```" : "") + note;
}
async function writeJobSummary(markdown, opts) {
  const path20 = process.env[SUMMARY_ENV];
  if (!path20) {
    opts.log.info(`job summary skipped: ${SUMMARY_ENV} is not set (not running in GitHub Actions?)`);
    return false;
  }
  try {
    await appendFile(path20, fitSummary(markdown, void 0, opts.pointer) + "\n", "utf8");
    return true;
  } catch (err2) {
    opts.log.warning(`could not write the job summary: ${err2.message}`);
    return false;
  }
}

// src/sinks/publish.ts
async function publish(p, sinks, links = {}) {
  const state = { links: { ...links }, files: [], summaryNotes: [] };
  for (const sink of sinks) await sink(p, state);
  return state;
}
function reportFiles(paths, log = actionsLog) {
  return (p, state) => {
    const written = [];
    if (paths.json) {
      writeJsonFile(paths.json, p.document);
      state.reportPath = paths.json;
      written.push(paths.json);
    }
    if (paths.sarif) {
      writeJsonFile(paths.sarif, p.sarif(state.links));
      state.sarifPath = paths.sarif;
      written.push(paths.sarif);
    }
    if (paths.markdown) {
      writeTextFile(paths.markdown, p.markdown({ maxChars: Number.MAX_SAFE_INTEGER, links: state.links }));
      written.push(paths.markdown);
    }
    state.files.push(...written);
    if (written.length) log.info(`wrote ${written.join(", ")}`);
  };
}
function markdownBeside(jsonPath) {
  return join4(dirname4(jsonPath), `${basename4(jsonPath, extname(jsonPath))}.md`);
}
function stdout(format, write = writeStdout) {
  return async (p, state) => {
    const out2 = format === "json" ? JSON.stringify(p.document, null, 2) : format === "text" ? p.text() : p.markdown({ maxChars: Number.MAX_SAFE_INTEGER, links: state.links });
    await write(out2.endsWith("\n") ? out2 : `${out2}
`);
  };
}
function artifact(name2, artifactUrl) {
  return async (_p, state) => {
    const art = await group("Upload the report artifact", () => uploadReportArtifact(name2, state.files, { log: actionsLog }));
    if (art.status === "uploaded" && art.id !== void 0) state.links.fullReportUrl = artifactUrl(art.id) ?? state.links.fullReportUrl;
  };
}
function annotations() {
  return (p, state) => {
    const rendered = p.annotations();
    emitAnnotations(rendered.annotations);
    const note = omittedAnnotationsNote(rendered.omitted);
    if (note) state.summaryNotes.push(note);
  };
}
function jobSummary(pointer) {
  return async (p, state) => {
    const summary = p.markdown({ maxChars: 9e5, links: state.links });
    await writeJobSummary([summary, ...state.summaryNotes].join("\n\n") + (state.summaryNotes.length ? "\n" : ""), { log: actionsLog, pointer });
  };
}
function stickyComment(target, token, opts = {}) {
  return async (p, state) => {
    await group("Publish the PR comment", async () => {
      const marker = commentMarker(opts.key);
      const body2 = p.markdown({ maxChars: COMMENT_LIMIT - 1024, marker, links: state.links });
      try {
        const outcome = await publishStickyComment(createGitHubClient(token, { log: actionsLog }), target, body2, { marker, log: actionsLog, fullReportUrl: state.links.fullReportUrl });
        if (outcome.status === "read-only") return;
        actionsLog.info(`${outcome.status} ${outcome.url}${outcome.removedDuplicates ? ` (removed ${outcome.removedDuplicates} duplicates)` : ""}`);
        state.commentUrl = outcome.url;
      } catch (err2) {
        actionsLog.warning(`could not publish the PR comment: ${err2.message}`);
      }
    });
  };
}
function stepOutputs() {
  return (p, state) => {
    for (const [name2, value] of Object.entries(p.outputs(state))) setOutput(name2, value);
  };
}

export {
  BuildError,
  POLICY_PATH,
  baseBuildNamed,
  runGate,
  artifactRuntimeMissing,
  createDefaultArtifactDownloader,
  publish,
  reportFiles,
  markdownBeside,
  stdout,
  artifact,
  annotations,
  jobSummary,
  stickyComment,
  stepOutputs
};
