// How many bytes a relocation writes, per machine, so the comparison can mask relocated fields, and
// which relocations are PC-relative with the x86-64 "-4" addend (the CPU adds the next instruction's
// address, so `lea .LC0(%rip)` carries addend -4 for string offset 0).
import { EM_AARCH64, EM_X86_64 } from './elf.js';

const X86_64_SIZES: Record<number, number> = {
  1: 8, // R_X86_64_64
  2: 4, // PC32
  3: 4, // GOT32
  4: 4, // PLT32
  9: 4, // GOTPCREL
  10: 4, // 32
  11: 4, // 32S
  12: 2, // 16
  13: 2, // PC16
  14: 1, // 8
  15: 1, // PC8
  17: 8, // DTPOFF64
  18: 8, // TPOFF64
  19: 4, // TLSGD
  20: 4, // TLSLD
  21: 4, // DTPOFF32
  22: 4, // GOTTPOFF
  23: 4, // TPOFF32
  24: 8, // PC64
  25: 8, // GOTOFF64
  26: 4, // GOTPC32
  32: 4, // SIZE32
  33: 8, // SIZE64
  41: 4, // GOTPCRELX
  42: 4, // REX_GOTPCRELX
};

const X86_64_PC_RELATIVE_32 = new Set([2, 4, 9, 19, 20, 22, 26, 41, 42]);

// AArch64 data relocations; instruction relocations (CALL26, ADR_PREL_PG_HI21, ...) patch bit-fields that
// are zero in a RELA object, so masking the whole instruction would only hide opcode changes.
const AARCH64_SIZES: Record<number, number> = {
  257: 8, // ABS64
  258: 4, // ABS32
  259: 2, // ABS16
  260: 8, // PREL64
  261: 4, // PREL32
  262: 2, // PREL16
};

/** Bytes to mask at the relocation offset (0: leave the bytes alone). Unknown x86-64 types mask 4. */
export function relocationFieldSize(machine: number, type: number): number {
  if (machine === EM_X86_64) return X86_64_SIZES[type] ?? (type === 0 ? 0 : 4);
  if (machine === EM_AARCH64) return AARCH64_SIZES[type] ?? 0;
  return 0;
}

/**
 * What to add to the addend to get the referenced position when the relocation sits in code:
 * 4 for x86-64 32-bit PC-relative fields (the field is the instruction's last 4 bytes), else 0.
 */
export function codeAddendBias(machine: number, type: number): number {
  return machine === EM_X86_64 && X86_64_PC_RELATIVE_32.has(type) ? 4 : 0;
}
