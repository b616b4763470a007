import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ReactNode } from "react";
import { TableScroll } from "../components/table-scroll";
import { useCommonStyles } from "../components/use-common-styles";

const useStyles = makeStyles({
  chart: { minHeight: "260px", maxWidth: "100%", overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& caption": {
      textAlign: "left",
      fontWeight: tokens.fontWeightSemibold,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
});

export interface DataTableProps {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

/** An accessible table: a caption, column headers, and the first cell of each row as its header. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const styles = useStyles();
  return (
    <TableScroll label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * A chart with its data table behind a toggle. The chart is for the eye; the table holds every
 * value, hidden ones as "fewer than N", for keyboard and screen reader users and for exact reading.
 */
export function ChartPanel({
  title,
  note,
  chart,
  table,
}: {
  title: string;
  note?: string;
  chart: ReactNode;
  table: DataTableProps;
}) {
  const styles = useStyles();
  const common = useCommonStyles();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className={common.card} style={{ margin: 0 }}>
      <h3 className={common.h3}>{title}</h3>
      <div className={styles.chart} data-chart={title}>
        {chart}
      </div>
      {note && <p className={common.meta}>{note}</p>}
      <div>
        <Button
          appearance="subtle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? "Hide data table" : "Show data table"}
        </Button>
      </div>
      <div id={tableId} hidden={!showTable}>
        <DataTable {...table} />
      </div>
    </figure>
  );
}
