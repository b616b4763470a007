import { EmptyState } from "../components/empty-state";
import { useCommonStyles } from "../components/use-common-styles";
import { GoalCard } from "./goal-card";
import { GoalForm } from "./goal-form";
import { useWorkspace } from "./workspace-context";

export function GoalsSection() {
  const styles = useCommonStyles();
  const { view, readOnly } = useWorkspace();
  const goals = [...view.goals].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className={styles.stack}>
      {goals.length === 0 ? (
        <EmptyState title="No goals yet">
          Add your first goal below, with a few milestones you can tick off as you reach them.
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {goals.map((goal) => (
            <li key={goal.goalId}>
              <GoalCard goal={goal} />
            </li>
          ))}
        </ul>
      )}
      {!readOnly && <GoalForm />}
    </div>
  );
}
