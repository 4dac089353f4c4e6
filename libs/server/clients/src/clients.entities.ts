import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export const CLIENT_KINDS = ['INDIVIDUAL', 'CORPORATE'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const RISK_RATINGS = ['R1', 'R2', 'R3', 'R4', 'R5'] as const;
export type RiskRating = (typeof RISK_RATINGS)[number];
export const PRODUCT_TYPES = ['DEPOSIT', 'LOAN', 'WEALTH', 'CARD', 'INSURANCE'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** Money columns are numeric yuan, read as decimal strings. */
@Entity('clients')
export class ClientEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'client_no' }) clientNo!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) kind!: ClientKind;
  @Column({ name: 'branch_id' }) branchId!: number;
  @Column({ name: 'opened_on', type: 'date' }) openedOn!: string;
  @Column({ name: 'risk_rating', type: 'text' }) riskRating!: RiskRating;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ name: 'contribution_12m', type: 'numeric' }) contribution12m!: string;
  @Column({ type: 'numeric' }) aum!: string;
  @Column({ name: 'last_activity_on', type: 'date', nullable: true }) lastActivityOn!:
    string | null;
  @VersionColumn() version!: number;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('client_products')
export class ClientProductEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column({ name: 'client_id', type: 'bigint' }) clientId!: string;
  @Column({ name: 'product_type', type: 'text' }) productType!: ProductType;
  @Column({ name: 'product_name' }) productName!: string;
  @Column({ name: 'account_no' }) accountNo!: string;
  @Column({ name: 'opened_on', type: 'date' }) openedOn!: string;
  @Column({ type: 'numeric' }) balance!: string;
  @Column({ type: 'text' }) status!: 'ACTIVE' | 'CLOSED';
}

@Entity('client_monthly_facts')
export class ClientMonthlyFactEntity {
  @PrimaryColumn({ name: 'client_id', type: 'bigint' }) clientId!: string;
  @PrimaryColumn({ type: 'date' }) month!: string;
  @Column({ name: 'avg_deposit_balance', type: 'numeric' }) avgDepositBalance!: string;
  @Column({ name: 'avg_loan_balance', type: 'numeric' }) avgLoanBalance!: string;
  @Column({ name: 'avg_wealth_balance', type: 'numeric' }) avgWealthBalance!: string;
  @Column({ name: 'net_interest_contribution', type: 'numeric' }) netInterestContribution!: string;
  @Column({ name: 'fee_income', type: 'numeric' }) feeIncome!: string;
  @Column({ name: 'transaction_count' }) transactionCount!: number;
  @Column({ name: 'last_activity_on', type: 'date', nullable: true }) lastActivityOn!:
    string | null;
}

export const clientsEntities = [ClientEntity, ClientProductEntity, ClientMonthlyFactEntity];
