import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblem('Harbour-view-2026', 'rm1')).toBeNull();
  });

  it.each([
    ['short1', /at least 10/],
    ['onlyletterspassword', /letters and digits/],
    ['12345678901', /letters and digits/],
    ['my-name-is-liu.yang-1', /username/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblem(password, 'liu.yang')).toMatch(reason);
  });
});
