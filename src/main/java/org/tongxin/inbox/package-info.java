/**
 * The inbox (我的待办): one list of the work that waits for a user and their units, from every
 * workflow. Modules publish {@link org.tongxin.shared.workflow.WorkflowEvent}s and answer
 * {@link org.tongxin.shared.workflow.WaitingWorkSource}; the inbox keeps a projection of what they
 * say ({@code inbox_item}) and knows none of them. Depends on org (unit paths) and shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package org.tongxin.inbox;
