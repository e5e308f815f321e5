// Hand-written kernel-style sources (in the style of kernel/fork.c and fs/open.c of Linux 6.1).
export const FORK_C = `// SPDX-License-Identifier: GPL-2.0-only
/*
 *  linux/kernel/fork.c
 */
#include <linux/slab.h>
#include <linux/init.h>
#include <linux/syscalls.h>

#define RESOURCE_LIMIT 16

struct vm_stack {
	struct rcu_head rcu;
	struct vm_struct *stack_vm_area;
};

unsigned long total_forks;	/* Handle normal Linux uptimes. */
int nr_threads;			/* The idle threads do not count.. */
static int max_threads;		/* tunable limit on nr_threads */

static DEFINE_PER_CPU(unsigned long, process_counts) = 0;

static __always_inline void account_kernel_stack(struct task_struct *tsk, int account)
{
	struct vm_struct *vm = task_stack_vm_area(tsk);
	mod_lruvec_page_state(vm->pages[0], NR_KERNEL_STACK_KB, account * (THREAD_SIZE / 1024));
}

void __weak arch_release_task_struct(struct task_struct *tsk)
{
}

static struct task_struct *dup_task_struct(struct task_struct *orig, int node)
{
	struct task_struct *tsk;
	int err;

	if (node == NUMA_NO_NODE)
		node = tsk_fork_get_node(orig);
	tsk = alloc_task_struct_node(node);
	if (!tsk)
		return NULL;
	err = arch_dup_task_struct(tsk, orig);
	return tsk;
}

static void set_max_threads(unsigned int max_threads_suggested)
{
	u64 threads;
	unsigned long nr_pages = totalram_pages();

	threads = div64_u64((u64) nr_pages * (u64) PAGE_SIZE, (u64) THREAD_SIZE * 8UL);
	max_threads = clamp_t(u64, threads, MIN_THREADS, MAX_THREADS);
}

void __init fork_init(void)
{
	int i;
	static int warned;

	set_max_threads(MAX_THREADS);
	for (i = 0; i < UCOUNT_COUNTS; i++)
		init_user_ns.ucount_max[i] = max_threads/2;
	if (!warned++)
		pr_info("fork_init done\\n");
}

static notrace int copy_clone_args(int flags)
{
	return flags & CLONE_LEGACY_FLAGS;
}

SYSCALL_DEFINE0(fork)
{
	struct kernel_clone_args args = {
		.exit_signal = SIGCHLD,
	};

	return kernel_clone(&args);
}

SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		 int __user *, parent_tidptr,
		 int __user *, child_tidptr,
		 unsigned long, tls)
{
	struct kernel_clone_args args = {
		.flags		= (lower_32_bits(clone_flags) & ~CSIGNAL),
		.pidfd		= parent_tidptr,
		.child_tid	= child_tidptr,
		.parent_tid	= parent_tidptr,
		.exit_signal	= (lower_32_bits(clone_flags) & CSIGNAL),
		.stack		= newsp,
		.tls		= tls,
	};

	return kernel_clone(&args);
}
`;

export const OPEN_C = `// SPDX-License-Identifier: GPL-2.0-only
#include <linux/fs.h>
#include <linux/syscalls.h>

long do_sys_open(int dfd, const char __user *filename, int flags, umode_t mode)
{
	struct open_how how = build_open_how(flags, mode);
	return do_sys_openat2(dfd, filename, &how);
}

SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	if (force_o_largefile())
		flags |= O_LARGEFILE;
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

COMPAT_SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	return do_sys_open(AT_FDCWD, filename, flags, mode);
}

asmlinkage __visible long __printf(2, 3) noinline log_open(int level, const char *fmt, ...)
{
	return 0;
}
`;

export const SCHED_H = `/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>

static inline int task_nice(const struct task_struct *p)
{
	return PRIO_TO_NICE((p)->static_prio);
}

static __always_inline bool need_resched(void)
{
	return unlikely(tif_need_resched());
}

#endif
`;
